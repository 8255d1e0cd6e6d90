package io.dataops.workbench.terraform.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.terraform.plan.PlanAction;
import io.dataops.workbench.testsupport.GraphPlanJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Queries, filters, the per-module layout and its cache, DOT and SVG, on a generated plan of 4 modules. */
class GraphModelTest {

    @TempDir
    static Path temp;

    private static InfraGraph graph;

    @BeforeAll
    static void load() throws Exception {
        graph = InfraGraphs.fromPlanJson(GraphPlanJson.write(temp.resolve("plan.json"), 200, 4));
    }

    @Test
    void nodesAreGroupedByModuleWithTheirActionsAndReasons() {
        assertThat(graph.modules()).containsExactly("", "module.m00", "module.m01", "module.m02", "module.m03");
        int[] sizes = GraphPlanJson.sizes(200, 4);
        assertThat(graph.nodesIn("module.m03").stream().filter(n -> n.kind() == NodeKind.RESOURCE)).hasSize(sizes[3]);
        GraphNode replaced = graph.node("module.m01.terraform_data.r8").orElseThrow();
        assertThat(replaced.action()).isEqualTo(PlanAction.DELETE_THEN_CREATE);
        assertThat(replaced.reason()).isNotEmpty();
        assertThat(graph.uses("module.m01.terraform_data.r3")).containsExactly("module.m01.terraform_data.r2");
    }

    @Test
    void filtersSearchNeighboursAndBlastRadius() {
        GraphFilter creates = GraphFilter.ALL.withActions(Set.of(PlanAction.CREATE));
        assertThat(graph.nodes().stream().filter(creates::test))
                .isNotEmpty().allMatch(n -> n.action() == PlanAction.CREATE);
        GraphFilter noNoOps = GraphFilter.ALL.withHideNoOp(true);
        assertThat(graph.nodes().stream().filter(noNoOps::test)).noneMatch(n -> n.kind() == NodeKind.RESOURCE
                && !n.isChanged());
        assertThat(graph.search("m02.terraform_data.r17")).first()
                .extracting(GraphNode::address).isEqualTo("module.m02.terraform_data.r17");
        // r7 (update) uses r6 and is used by r8; r5 uses var.env and is a no-op with no changed neighbour.
        assertThat(graph.changedAndNeighbours()).contains("module.m00.terraform_data.r6", "module.m00.terraform_data.r8")
                .doesNotContain("module.m00.terraform_data.r2");
        // m00's second-to-last resource feeds its last, the output, m01's upstream variable and m01's r0..r4.
        int last = GraphPlanJson.sizes(200, 4)[0] - 1;
        Set<String> radius = graph.blastRadius(Set.of("module.m00.terraform_data.r" + (last - 1)));
        assertThat(radius).contains("module.m00.terraform_data.r" + last, "module.m00.output.out",
                "module.m01.var.upstream", "module.m01.terraform_data.r0", "module.m01.terraform_data.r4")
                .doesNotContain("module.m00.terraform_data.r" + (last - 2), "module.m01.terraform_data.r5",
                        "module.m02.terraform_data.r0");
    }

    @Test
    void modulesStartCollapsedAndOpenOnceLaidOut() {
        GraphLayout layout = new GraphLayout(graph);
        GraphScene collapsed = layout.scene(Set.of(), GraphFilter.ALL, TaskContext.none());
        assertThat(collapsed.boxes()).extracting(GraphScene.Box::kind)
                .containsOnly(GraphScene.BoxKind.MODULE_COLLAPSED, GraphScene.BoxKind.NODE);
        assertThat(collapsed.boxes().stream().filter(b -> b.kind() == GraphScene.BoxKind.MODULE_COLLAPSED)).hasSize(4);
        assertThat(collapsed.moduleCounts().get("module.m00")).containsKeys(PlanAction.CREATE, PlanAction.NO_OP);

        GraphScene open = layout.scene(Set.of("module.m02"), GraphFilter.ALL, TaskContext.none());
        GraphScene.Box box = open.box("module.m02").orElseThrow();
        assertThat(box.kind()).isEqualTo(GraphScene.BoxKind.MODULE_OPEN);
        assertThat(open.nodeBoxes()).filteredOn(b -> b.id().startsWith("module.m02."))
                .hasSize(graph.nodesIn("module.m02").size())
                .allMatch(b -> b.x() >= box.x() && b.x() + b.width() <= box.x() + box.width() + 0.5);
        // A link from m01's collapsed box into the open module, and none from a node to itself.
        assertThat(open.links()).contains(new GraphScene.Link("module.m01", "module.m02.var.upstream"));
        int runs = layout.layoutRuns();
        layout.scene(Set.of("module.m02"), GraphFilter.ALL, TaskContext.none());
        assertThat(layout.layoutRuns()).isEqualTo(runs);
    }

    @Test
    void svgHasOneElementPerVisibleNodeAndDotHasAClusterPerModule() throws Exception {
        GraphScene scene = new GraphLayout(graph).scene(Set.of("module.m01"), GraphFilter.ALL.withHideNoOp(true),
                TaskContext.none());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(GraphSvg.render(scene).getBytes(StandardCharsets.UTF_8)));
        NodeList groups = svg.getElementsByTagName("g");
        int nodes = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").startsWith("node ")) {
                nodes++;
                assertThat(scene.graph().node(g.getAttribute("data-address"))).isPresent();
            }
        }
        assertThat(nodes).isEqualTo(scene.nodeBoxes().size()).isGreaterThan(0);

        String dot = GraphDot.render(graph);
        assertThat(dot).startsWith("digraph {").contains("subgraph \"cluster_module.m03\" {")
                .contains("\"module.m01.terraform_data.r3\" -> \"module.m01.terraform_data.r2\"");
    }
}
