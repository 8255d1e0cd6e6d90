package io.dataops.workbench.terraform.editing;

/** Read access to a text by ranges, so a large editor buffer is never copied whole for a small re-scan. */
public interface TextSource {

    int length();

    /** The chars [from, to). */
    String text(int from, int to);

    static TextSource of(String text) {
        return new TextSource() {
            @Override
            public int length() {
                return text.length();
            }

            @Override
            public String text(int from, int to) {
                return text.substring(from, to);
            }
        };
    }
}
