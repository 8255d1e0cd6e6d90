package io.dataops.workbench.terraform.run;

import java.util.regex.Pattern;

/** Terraform output made plain: ANSI colour and cursor sequences removed (we pass -no-color, but wrappers may not). */
public final class TerminalText {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B[@-Z\\\\-_]");

    private TerminalText() {
    }

    public static String strip(String line) {
        return line.indexOf('\u001B') < 0 ? line : ANSI.matcher(line).replaceAll("");
    }
}
