package io.dataops.workbench.terraform.run;

import io.dataops.workbench.common.UserFacingException;
import java.util.List;

/** A terraform command that ended with a non-zero exit code: the message is terraform's own error text. */
public final class TerraformFailure extends UserFacingException {

    private final int exitCode;
    private final String command;

    TerraformFailure(String command, int exitCode, String terraformError) {
        super(command + " failed with exit code " + exitCode + ":\n" + terraformError);
        this.exitCode = exitCode;
        this.command = command;
    }

    public int exitCode() {
        return exitCode;
    }

    public String command() {
        return command;
    }

    /**
     * Terraform's diagnostics from its output: from the first "Error:" on, with the box-drawing frame removed;
     * without one, the last lines of the output.
     */
    static String errorText(List<String> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (unframed(lines.get(i)).startsWith("Error:")) {
                first = i;
                break;
            }
        }
        List<String> chosen = first >= 0 ? lines.subList(first, Math.min(lines.size(), first + 60))
                : lines.subList(Math.max(0, lines.size() - 20), lines.size());
        StringBuilder text = new StringBuilder();
        for (String line : chosen) {
            String plain = unframed(line);
            if (!plain.equals("\u2577") && !plain.equals("\u2575")) {
                text.append(plain).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static String unframed(String line) {
        String plain = line.strip();
        if (plain.startsWith("\u2502")) {
            plain = plain.substring(1).strip();
        }
        return plain;
    }
}
