package io.dataops.workbench.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.format.FormatResult;
import io.dataops.workbench.hcl.format.Formatter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code dataops hcl fmt} run over its files: formats each, writes the changed ones (unless
 * checking), prints their names or diffs to stdout and syntax errors to stderr, and remembers the outcome.
 */
final class FmtRun {
    private static final List<String> EXTENSIONS = List.of(".tf", ".tfvars", ".tftest.hcl");

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean check;
    private final boolean diff;
    private boolean changedAny;
    private boolean failed;

    FmtRun(PrintWriter out, PrintWriter err, boolean check, boolean diff) {
        this.out = out;
        this.err = err;
        this.check = check;
        this.diff = diff;
    }

    static boolean isSupported(String fileName) {
        return EXTENSIONS.stream().anyMatch(fileName::endsWith);
    }

    void file(Path file) {
        String name = file.toString();
        String source;
        try {
            source = decode(Files.readAllBytes(file), name);
        } catch (IOException e) {
            report(name + ": cannot be read: " + e.getMessage());
            return;
        } catch (UserFacingException e) {
            report(e.getMessage());
            return;
        }
        FormatResult result = Formatter.format(source, name);
        if (result.hasErrors()) {
            result.diagnostics().forEach(d -> report(describe(name, d)));
            return;
        }
        if (!result.changed()) {
            return;
        }
        changedAny = true;
        out.println(name);
        if (!check) {
            try {
                Files.writeString(file, result.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                report(name + ": cannot be written: " + e.getMessage());
                return;
            }
        }
        if (diff) {
            printDiff(name, source, result.text());
        }
    }

    /** {@code -}: formats standard input to standard output (only the diff with --diff, nothing with --check). */
    void standardInput(InputStream in) {
        String source;
        try {
            source = decode(in.readAllBytes(), "<stdin>");
        } catch (IOException e) {
            throw new UserFacingException("Cannot read standard input: " + e.getMessage(), e);
        }
        FormatResult result = Formatter.format(source, "<stdin>");
        if (result.hasErrors()) {
            result.diagnostics().forEach(d -> report(describe("<stdin>", d)));
            return;
        }
        changedAny = result.changed();
        if (diff) {
            if (result.changed()) {
                printDiff("<stdin>", source, result.text());
            }
        } else if (!check) {
            out.print(result.text());
        }
    }

    /** Strict UTF-8: HCL requires it, and a lenient decoder would silently change the file on writing. */
    private String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(name + ": is not UTF-8 encoded; HCL files must be UTF-8.", e);
        }
    }

    private void printDiff(String name, String before, String after) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("old/" + name, "new/" + name, original,
                DiffUtils.diff(original, revised), 3);
        unified.forEach(out::println);
    }

    /** Lines without their LF (a CR stays, so CRLF changes show); no empty line after a final LF. */
    private static List<String> lines(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        return text.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
    }

    static String describe(String name, Diagnostic d) {
        SourcePos at = d.subject().start();
        return name + ":" + at.line() + ":" + at.column() + ": " + d.summary() + ": " + d.detail();
    }

    private void report(String message) {
        err.println(message);
        err.flush();
        failed = true;
    }

    boolean changedAny() {
        return changedAny;
    }

    boolean failed() {
        return failed;
    }
}
