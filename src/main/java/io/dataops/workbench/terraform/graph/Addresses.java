package io.dataops.workbench.terraform.graph;

import java.util.regex.Pattern;

/** Address arithmetic of the graph: nodes are configuration-level, so instance keys are dropped. */
public final class Addresses {

    private static final Pattern INSTANCE_KEY = Pattern.compile("\\[(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\\]]*)]");

    private Addresses() {
    }

    /** {@code module.a["x"].aws_s3_bucket.b[0]} becomes {@code module.a.aws_s3_bucket.b}. */
    public static String configLevel(String address) {
        return address.indexOf('[') < 0 ? address : INSTANCE_KEY.matcher(address).replaceAll("");
    }

    /** The enclosing module of a module path ({@code module.a} for {@code module.a.module.b}), empty for root's children. */
    public static String parentModule(String module) {
        int last = module.lastIndexOf("module.");
        return last <= 0 ? "" : module.substring(0, last - 1);
    }

    /** The module's own call name ({@code b} for {@code module.a.module.b}). */
    public static String callName(String module) {
        return module.substring(module.lastIndexOf("module.") + "module.".length());
    }

    /** True when {@code module} is {@code ancestor} or lies inside it; everything lies inside the root (""). */
    public static boolean within(String module, String ancestor) {
        return ancestor.isEmpty() || module.equals(ancestor) || module.startsWith(ancestor + ".module.");
    }

    /** Prefixes a module-relative address with its module path. */
    public static String absolute(String module, String relative) {
        return module.isEmpty() ? relative : module + "." + relative;
    }
}
