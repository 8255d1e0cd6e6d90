package io.dataops.workbench.workspace;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The second process of the two-JVM tests. Usage: {@code DIR put KEY VALUE | get KEY ...} runs the
 * commands and exits; {@code DIR serve} opens the workspace, prints READY and then runs commands
 * read from stdin until {@code exit}; {@code DIR hold-plain} opens the database the way a foreign
 * program would (no AUTO_SERVER) and keeps it until stdin closes.
 */
public final class WorkspaceClientMain {

    private WorkspaceClientMain() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        List<String> commands = Arrays.asList(args).subList(1, args.length);
        if (commands.equals(List.of("hold-plain"))) {
            holdPlain(directory);
            return;
        }
        try (Workspace workspace = Workspace.open(directory)) {
            if (commands.equals(List.of("serve"))) {
                System.out.println("READY");
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null && !line.equals("exit"); line = in.readLine()) {
                    run(workspace, List.of(line.split(" ")));
                }
            } else {
                run(workspace, commands);
            }
        }
        System.out.println("CLOSED");
    }

    private static void run(Workspace workspace, List<String> words) {
        for (int i = 0; i < words.size(); ) {
            switch (words.get(i)) {
                case "put" -> {
                    workspace.settings().put(words.get(i + 1), words.get(i + 2));
                    System.out.println("OK");
                    i += 3;
                }
                case "get" -> {
                    System.out.println("VALUE " + workspace.settings().get(words.get(i + 1)).orElse("<absent>"));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown command " + words.get(i));
            }
        }
        System.out.flush();
    }

    private static void holdPlain(Path directory) throws Exception {
        // No background compaction either: the file must change only if the code under test writes.
        String url = "jdbc:h2:file:" + directory.resolve("workspace").toAbsolutePath() + ";AUTO_COMPACT_FILL_RATE=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            // Flushes what opening wrote, so the test sees a file that only others could change.
            statement.execute("CHECKPOINT SYNC");
            System.out.println("READY");
            while (System.in.read() != -1) {
                // Hold the database until the test closes our stdin.
            }
        }
    }
}
