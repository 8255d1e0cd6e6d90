package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.dataops.workbench.hcl.eval.function.DefinedFunction.param;

/** Terraform's string functions (upper, lower, trim*, replace, split, join, substr, ...), with cty's semantics. */
final class StringFunctions {

    private static final HclType S = HclType.STRING;

    private StringFunctions() {
    }

    static Map<String, HclFunction> all() {
        Map<String, HclFunction> f = new LinkedHashMap<>();
        f.put("upper", unary(String::toUpperCase));
        f.put("lower", unary(String::toLowerCase));
        f.put("trimspace", unary(String::strip));
        f.put("chomp", unary(s -> s.replaceAll("(\\r\\n|\\n|\\r)+$", "")));
        f.put("strrev", unary(s -> String.join("", reversed(graphemes(s)))));
        f.put("title", unary(StringFunctions::title));
        f.put("trim", binary("str", "cutset", (s, cut) -> trim(s, cut, true, true)));
        f.put("trimprefix", binary("str", "prefix", (s, p) -> !p.isEmpty() && s.startsWith(p) ? s.substring(p.length()) : s));
        f.put("trimsuffix", binary("str", "suffix", (s, p) -> !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s));
        f.put("startswith", DefinedFunction.of(List.of(param("str", S), param("prefix", S)), HclType.BOOL,
                a -> HclValue.bool(a.get(0).asString().startsWith(a.get(1).asString()))));
        f.put("endswith", DefinedFunction.of(List.of(param("str", S), param("suffix", S)), HclType.BOOL,
                a -> HclValue.bool(a.get(0).asString().endsWith(a.get(1).asString()))));
        f.put("replace", DefinedFunction.of(List.of(param("str", S), param("substr", S), param("replace", S)), S,
                a -> HclValue.string(replace(a.get(0).asString(), a.get(1).asString(), a.get(2).asString()))));
        f.put("split", DefinedFunction.of(List.of(param("separator", S), param("str", S)), HclType.list(S), a -> {
            List<HclValue> parts = new ArrayList<>();
            for (String p : a.get(1).asString().split(Pattern.quote(a.get(0).asString()), -1)) {
                parts.add(HclValue.string(p));
            }
            return HclValue.list(S, parts);
        }));
        f.put("join", DefinedFunction.variadic(List.of(param("separator", S)), param("lists", HclType.list(S)), S, StringFunctions::join));
        f.put("substr", DefinedFunction.of(List.of(param("str", S), param("offset", HclType.NUMBER), param("length", HclType.NUMBER)), S,
                a -> HclValue.string(substr(a.get(0).asString(), Arguments.integer(a, 1), Arguments.integer(a, 2)))));
        f.put("indent", DefinedFunction.of(List.of(param("spaces", HclType.NUMBER), param("str", S)), S,
                a -> HclValue.string(a.get(1).asString().replace("\n", "\n" + " ".repeat(Math.max(0, Arguments.integer(a, 0)))))));
        f.put("strcontains", DefinedFunction.of(List.of(param("str", S), param("substr", S)), HclType.BOOL,
                a -> HclValue.bool(a.get(0).asString().contains(a.get(1).asString()))));
        f.put("format", FormatFunctions.format());
        f.put("formatlist", FormatFunctions.formatlist());
        return f;
    }

    private interface StringOp {
        String apply(String s);
    }

    private interface StringOp2 {
        String apply(String a, String b);
    }

    private static HclFunction unary(StringOp op) {
        return DefinedFunction.of(List.of(param("str", S)), S, a -> HclValue.string(op.apply(a.get(0).asString())));
    }

    private static HclFunction binary(String first, String second, StringOp2 op) {
        return DefinedFunction.of(List.of(param(first, S), param(second, S)), S,
                a -> HclValue.string(op.apply(a.get(0).asString(), a.get(1).asString())));
    }

    private static HclValue join(List<HclValue> args) throws FunctionException {
        if (args.size() < 2) {
            throw FunctionException.call("at least one list is required");
        }
        List<String> items = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            for (HclValue v : args.get(i).elements()) {
                if (v.isNull()) {
                    throw FunctionException.argument(i, "element " + items.size() + " is null; cannot concatenate null values");
                }
                items.add(v.asString());
            }
        }
        return HclValue.string(String.join(args.get(0).asString(), items));
    }

    /** Terraform's replace: a substring, or a regular expression when written as {@code /re/}. */
    static String replace(String s, String search, String replacement) throws FunctionException {
        if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
            try {
                Pattern re = Pattern.compile(search.substring(1, search.length() - 1));
                return re.matcher(s).replaceAll(replacement.replaceAll("\\$\\{?(\\w+)\\}?", "\\${$1}").replace("${0}", "$0"));
            } catch (IllegalArgumentException e) {
                throw FunctionException.argument(1, "invalid regular expression: " + e.getMessage());
            }
        }
        return search.isEmpty() ? s : s.replace(search, replacement);
    }

    /** Substring by characters (grapheme clusters); a negative offset counts from the end, length -1 means to the end. */
    static String substr(String s, int offset, int length) throws FunctionException {
        List<String> chars = graphemes(s);
        int start = offset < 0 ? chars.size() + offset : offset;
        if (start < 0 || start > chars.size()) {
            if (start > chars.size()) {
                return "";
            }
            throw FunctionException.argument(1, "offset " + offset + " is out of range");
        }
        int end = length < 0 ? chars.size() : Math.min(chars.size(), start + length);
        return String.join("", chars.subList(start, Math.max(start, end)));
    }

    static List<String> graphemes(String s) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(s);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(s.substring(start, end));
        }
        return out;
    }

    private static List<String> reversed(List<String> items) {
        List<String> out = new ArrayList<>(items);
        java.util.Collections.reverse(out);
        return out;
    }

    private static String trim(String s, String cutset, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && cutset.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (right && end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder();
        boolean atWordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(atWordStart ? Character.toTitleCase(c) : c);
            atWordStart = !Character.isLetter(c) && !Character.isDigit(c);
        }
        return out.toString();
    }
}
