package io.dataops.workbench.terraform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Diagnostics and dependency graphs as text, JSON and Graphviz DOT, for the command line. */
public final class ReportFormats {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFormats() {
    }

    /** One line per diagnostic, {@code PREFIX/FILE:LINE:COLUMN: severity: summary: detail}, then a count. */
    public static String diagnosticsText(List<Diagnostic> diagnostics, String filePrefix) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            SourcePos start = d.subject().start();
            out.append(filePrefix).append(d.subject().filename()).append(':').append(start.line()).append(':')
                    .append(start.column()).append(": ").append(severity(d)).append(": ").append(d.summary());
            if (!d.detail().isEmpty()) {
                out.append(": ").append(d.detail());
            }
            out.append('\n');
        }
        long errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        long warnings = diagnostics.size() - errors;
        out.append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
                .append(warnings == 1 ? " warning" : " warnings").append('\n');
        return out.toString();
    }

    /** A JSON list of {@code {severity, summary, detail, file, start, end}}. */
    public static String diagnosticsJson(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", severity(d));
            item.put("summary", d.summary());
            item.put("detail", d.detail());
            item.put("file", d.subject().filename());
            item.put("start", position(d.subject().start()));
            item.put("end", position(d.subject().end()));
            list.add(item);
        }
        return write(list);
    }

    /** {@code {nodes: [{kind, address, module, file, start, end}], edges: [{from, to, reference, file, start, end}]}}. */
    public static String graphJson(DependencyGraph graph) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (DependencyGraph.Node node : graph.nodes()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", node.kind().word());
            item.put("address", node.address());
            item.put("module", node.module());
            ranged(item, node.range());
            nodes.add(item);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (DependencyGraph.Edge edge : graph.edges()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("from", edge.from());
            item.put("to", edge.to());
            item.put("reference", edge.reference());
            ranged(item, edge.range());
            edges.add(item);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("nodes", nodes);
        all.put("edges", edges);
        return write(all);
    }

    /** Graphviz DOT: one cluster per module instance, edges labelled with their reference. */
    public static String graphDot(DependencyGraph graph) {
        StringBuilder out = new StringBuilder("digraph dependencies {\n  rankdir = \"RL\";\n"
                + "  node [fontname = \"sans-serif\"];\n");
        Map<String, List<DependencyGraph.Node>> byModule = new LinkedHashMap<>();
        graph.nodes().forEach(n -> byModule.computeIfAbsent(n.module(), k -> new ArrayList<>()).add(n));
        byModule.forEach((module, nodes) -> {
            String indent = module.isEmpty() ? "  " : "    ";
            if (!module.isEmpty()) {
                out.append("  subgraph \"cluster_").append(module).append("\" {\n    label = \"").append(module)
                        .append("\";\n");
            }
            for (DependencyGraph.Node node : nodes) {
                String label = module.isEmpty() ? node.address() : node.address().substring(module.length() + 1);
                out.append(indent).append(quote(node.address())).append(" [label = ").append(quote(label))
                        .append(", shape = ").append(shape(node.kind())).append("];\n");
            }
            if (!module.isEmpty()) {
                out.append("  }\n");
            }
        });
        for (DependencyGraph.Edge edge : graph.edges()) {
            out.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()))
                    .append(" [label = ").append(quote(edge.reference())).append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static String shape(DeclarationKind kind) {
        return switch (kind) {
            case RESOURCE -> "box";
            case DATA -> "box, style = dashed";
            case MODULE -> "component";
            case VARIABLE -> "note";
            case OUTPUT -> "house";
            default -> "ellipse";
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void ranged(Map<String, Object> item, SourceRange range) {
        item.put("file", range.filename());
        item.put("start", position(range.start()));
        item.put("end", position(range.end()));
    }

    private static Map<String, Object> position(SourcePos pos) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", pos.line());
        out.put("column", pos.column());
        out.put("byte", pos.byteOffset());
        return out;
    }

    private static String severity(Diagnostic d) {
        return d.severity() == Diagnostic.Severity.ERROR ? "error" : "warning";
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
