package io.dataops.workbench.quality.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Escaping and the page frame every data-docs page shares; text from results is always escaped. */
final class Html {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A JSON value as compact text (strings quoted), escaped. */
    static String value(Object value) {
        try {
            return escape(SuiteJson.mapper().writer().without(
                    com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return escape(String.valueOf(value));
        }
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * A whole page. {@code root} is the relative path to the site folder ("" or "../") for the stylesheet and the
     * navigation links.
     */
    static String page(String title, String root, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · Data docs</title><link rel=\"stylesheet\" href=\"" + root + "style.css\"></head><body>"
                + "<nav><a href=\"" + root + "index.html\">Runs</a> <a href=\"" + root + "suites.html\">Suites</a> <a href=\""
                + root + "history.html\">Histories</a></nav><h1>" + escape(title) + "</h1>\n" + body
                + "\n</body></html>\n";
    }

    static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 2rem 2rem;color:#1d2330}
            nav{padding:.6rem 0;border-bottom:1px solid #d8dde6;margin-bottom:1rem}nav a{margin-right:1rem}
            a{color:#1a5fb4;text-decoration:none}a:hover{text-decoration:underline}
            h1{font-size:1.35rem}h2{font-size:1.1rem;margin-top:1.5rem}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eceff4;vertical-align:top}
            th{background:#f4f6f9}tr.f td:first-child{border-left:3px solid #c01c28}tr.p td:first-child{border-left:3px solid #2ec27e}
            .ok{color:#26a269;font-weight:600}.bad{color:#c01c28;font-weight:600}.muted{color:#6b7385}
            code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f4f6f9;padding:.1rem .25rem}
            pre{padding:.5rem;overflow:auto}.pager a,.pager span{margin-right:.5rem}
            svg{background:#fbfcfd;border:1px solid #eceff4}
            """;
}
