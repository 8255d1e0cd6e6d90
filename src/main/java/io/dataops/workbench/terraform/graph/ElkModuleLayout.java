package io.dataops.workbench.terraform.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * One ELK layered run, left to right, over the items of one module (its nodes and the boxes of its child
 * modules). Positions only: links are drawn straight by the view, so ELK's edge routes are not kept.
 */
final class ElkModuleLayout {

    static {
        // Outside Eclipse nothing registers the algorithms; without this ELK does not know "layered".
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    record Item(String id, double width, double height) {
    }

    /** Where each item goes, relative to the module's content origin, and the content's size. */
    record Placement(Map<String, double[]> positions, double width, double height) {
    }

    private ElkModuleLayout() {
    }

    /** Lays out {@code items}; {@code links} are pairs of item ids (used, user). */
    static Placement layout(List<Item> items, List<String[]> links) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 10.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 20.0);
        root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
        Map<String, ElkNode> byId = new HashMap<>();
        for (Item item : items) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(item.width(), item.height());
            byId.put(item.id(), node);
        }
        for (String[] link : links) {
            ElkNode source = byId.get(link[0]);
            ElkNode target = byId.get(link[1]);
            if (source != null && target != null && source != target) {
                ElkGraphUtil.createSimpleEdge(source, target);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, double[]> positions = new HashMap<>();
        double width = 0;
        double height = 0;
        for (Item item : items) {
            ElkNode node = byId.get(item.id());
            positions.put(item.id(), new double[] {node.getX(), node.getY()});
            width = Math.max(width, node.getX() + item.width());
            height = Math.max(height, node.getY() + item.height());
        }
        return new Placement(positions, width, height);
    }
}
