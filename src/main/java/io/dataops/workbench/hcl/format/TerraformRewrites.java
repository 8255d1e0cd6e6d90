package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.lexer.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The rewrites {@code terraform fmt} makes beyond hclwrite's spacing (internal/command/fmt.go): every
 * body attribute's interpolation-only string {@code "${x}"} becomes {@code x}; in a top-level
 * {@code variable} block the {@code type} gets legacy forms modernised ({@code "string"} to
 * {@code string}, {@code "list"}/{@code "map"} to {@code list(string)}/{@code map(string)}, bare
 * {@code list}/{@code map}/{@code set} to {@code list(any)}...); block labels are re-quoted.
 */
final class TerraformRewrites {
    private TerraformRewrites() {
    }

    /** formatValueExpr: unwraps {@code "${expr}"} when it provably holds one interpolation and nothing else. */
    static List<WriterToken> valueExpression(List<WriterToken> tokens) {
        int n = tokens.size();
        if (n < 5 || tokens.get(0).kind != TokenKind.O_QUOTE || tokens.get(1).kind != TokenKind.TEMPLATE_INTERP
                || tokens.get(n - 2).kind != TokenKind.TEMPLATE_SEQ_END || tokens.get(n - 1).kind != TokenKind.C_QUOTE) {
            return tokens;
        }
        List<WriterToken> inside = tokens.subList(2, n - 2);
        int quotes = 0;
        for (WriterToken t : inside) {
            if (t.kind == TokenKind.O_QUOTE) {
                quotes++;
            } else if (t.kind == TokenKind.C_QUOTE) {
                quotes--;
            } else if (quotes <= 0 && (t.kind == TokenKind.TEMPLATE_INTERP || t.kind == TokenKind.TEMPLATE_SEQ_END
                    || t.kind == TokenKind.QUOTED_LIT)) {
                return tokens; // "${a}${b}" or "${a} text": more than one interpolation
            }
        }
        List<WriterToken> trimmed = trimNewlines(inside);
        boolean multiLine = false;
        boolean leadingParen = false;
        boolean trailingParen = false;
        for (int i = 0; i < trimmed.size(); i++) {
            TokenKind kind = trimmed.get(i).kind;
            if (i == 0 && kind == TokenKind.O_PAREN) {
                leadingParen = true;
            } else if (kind == TokenKind.NEWLINE) {
                multiLine = true;
            } else if (i == trimmed.size() - 1 && kind == TokenKind.C_PAREN) {
                trailingParen = true;
            }
        }
        if (multiLine && !(leadingParen && trailingParen)) {
            // A multi-line expression must stay inside brackets to parse after unwrapping.
            List<WriterToken> wrapped = new ArrayList<>(trimmed.size() + 2);
            wrapped.add(WriterToken.of(TokenKind.O_PAREN, "("));
            wrapped.addAll(trimmed);
            wrapped.add(WriterToken.of(TokenKind.C_PAREN, ")"));
            return wrapped;
        }
        return trimmed;
    }

    private static List<WriterToken> trimNewlines(List<WriterToken> tokens) {
        int from = 0;
        int to = tokens.size();
        while (from < to && tokens.get(from).kind == TokenKind.NEWLINE) {
            from++;
        }
        while (to > from && tokens.get(to - 1).kind == TokenKind.NEWLINE) {
            to--;
        }
        return new ArrayList<>(tokens.subList(from, to));
    }

    /** formatTypeExpr, for {@code type} in a top-level {@code variable} block. */
    static List<WriterToken> typeExpression(List<WriterToken> tokens) {
        if (tokens.size() == 1 && tokens.get(0).kind == TokenKind.IDENT) {
            String keyword = tokens.get(0).text;
            if (keyword.equals("list") || keyword.equals("map") || keyword.equals("set")) {
                // A collection without an element type means "any" element type.
                return collection(tokens.get(0), "any");
            }
            return tokens;
        }
        if (tokens.size() == 3 && tokens.get(0).kind == TokenKind.O_QUOTE
                && tokens.get(1).kind == TokenKind.QUOTED_LIT && tokens.get(2).kind == TokenKind.C_QUOTE) {
            // Terraform 0.11 quoted types; "string" elements, as 0.11 converted values to strings.
            return switch (tokens.get(1).text) {
                case "string" -> List.of(WriterToken.of(TokenKind.IDENT, "string"));
                case "list" -> collection(WriterToken.of(TokenKind.IDENT, "list"), "string");
                case "map" -> collection(WriterToken.of(TokenKind.IDENT, "map"), "string");
                default -> tokens;
            };
        }
        return tokens;
    }

    private static List<WriterToken> collection(WriterToken keyword, String element) {
        return List.of(keyword, WriterToken.of(TokenKind.O_PAREN, "("), WriterToken.of(TokenKind.IDENT, element),
                WriterToken.of(TokenKind.C_PAREN, ")"));
    }

    /**
     * hclwrite's Block.SetLabels(Block.Labels()): each label as a freshly quoted string. A label that is
     * not one plain literal (e.g. {@code "a$$b"}, several tokens) or has an invalid escape is dropped, as
     * hclwrite does.
     */
    static List<WriterToken> labels(List<List<WriterToken>> labels) {
        List<WriterToken> out = new ArrayList<>();
        for (List<WriterToken> label : labels) {
            String value = labelValue(label);
            if (value != null) {
                out.add(WriterToken.of(TokenKind.O_QUOTE, "\""));
                out.add(WriterToken.of(TokenKind.QUOTED_LIT, QuotedLiterals.encode(value)));
                out.add(WriterToken.of(TokenKind.C_QUOTE, "\""));
            }
        }
        return out;
    }

    private static String labelValue(List<WriterToken> label) {
        if (label.size() == 1 && label.get(0).kind == TokenKind.IDENT) {
            return label.get(0).text;
        }
        if (label.size() == 2) {
            return "";
        }
        if (label.size() == 3 && label.get(1).kind == TokenKind.QUOTED_LIT) {
            return QuotedLiterals.decode(label.get(1).text);
        }
        return null;
    }
}
