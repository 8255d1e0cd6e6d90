package io.dataops.workbench.quality.validation.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validation results as JUnit XML, the format CI systems read: one testsuite per validated batch, one
 * testcase per expectation; a failed expectation is a {@code <failure>} carrying its result, one that raised
 * an {@code <error>} carrying the exception message.
 */
public final class JunitXml {

    private JunitXml() {
    }

    public static String write(List<ValidationResult> validations) {
        int tests = validations.stream().mapToInt(ValidationResult::evaluated).sum();
        long errors = validations.stream().flatMap(v -> v.results().stream()).filter(ExpectationResult::raisedException).count();
        long failures = validations.stream().flatMap(v -> v.results().stream())
                .filter(r -> !r.success() && !r.raisedException()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"dataops validate\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\" errors=\"").append(errors).append("\">\n");
        for (ValidationResult validation : validations) {
            suite(xml, validation);
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder xml, ValidationResult validation) {
        List<ExpectationResult> results = validation.results();
        long errors = results.stream().filter(ExpectationResult::raisedException).count();
        long failures = results.stream().filter(r -> !r.success() && !r.raisedException()).count();
        String name = validation.suiteName() + " @ " + validation.batchLabel();
        xml.append("  <testsuite name=\"").append(escape(name)).append("\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" skipped=\"0\" timestamp=\"").append(validation.runAt()).append("\">\n");
        for (int i = 0; i < results.size(); i++) {
            ExpectationResult result = results.get(i);
            xml.append("    <testcase classname=\"").append(escape(validation.suiteName())).append("\" name=\"")
                    .append(escape((i + 1) + " " + TextReport.describe(result.config()))).append("\" time=\"0\"");
            if (result.raisedException()) {
                xml.append(">\n      <error type=\"exception\" message=\"").append(escape(result.exceptionInfo().message()))
                        .append("\">").append(escape(result.exceptionInfo().message())).append("</error>\n    </testcase>\n");
            } else if (!result.success()) {
                xml.append(">\n      <failure type=\"expectation failed\" message=\"").append(escape(TextReport.summary(result)))
                        .append("\">").append(escape(json(result.result()))).append("</failure>\n    </testcase>\n");
            } else {
                xml.append("/>\n");
            }
        }
        xml.append("  </testsuite>\n");
    }

    private static String json(Map<String, Object> result) {
        try {
            return SuiteJson.mapper().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            return String.valueOf(result);
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.chars().mapToObj(c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&apos;";
            default -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? "" : String.valueOf((char) c);
        }).collect(Collectors.joining());
    }
}
