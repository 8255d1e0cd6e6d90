package io.dataops.workbench.hcl.format;

/**
 * How many columns text takes, counted as hclwrite counts them (grapheme clusters), approximated
 * by code points that start a cluster: combining marks, variation selectors and characters joined by a
 * zero-width joiner add no column.
 */
final class TextColumns {
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private TextColumns() {
    }

    static int of(String text) {
        int columns = 0;
        boolean joined = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (joined) {
                joined = false;
            } else if (cp == ZERO_WIDTH_JOINER) {
                joined = true;
            } else if (!extendsCluster(cp)) {
                columns++;
            }
        }
        return columns;
    }

    private static boolean extendsCluster(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
