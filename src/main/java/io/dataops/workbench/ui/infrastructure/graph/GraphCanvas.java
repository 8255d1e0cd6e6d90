package io.dataops.workbench.ui.infrastructure.graph;

import io.dataops.workbench.terraform.graph.GraphLayout;
import io.dataops.workbench.terraform.graph.GraphScene;
import io.dataops.workbench.terraform.graph.GraphSvg;
import java.util.Optional;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The graph on one canvas: drag to pan, wheel to zoom at the pointer, click a node to select it, click a
 * collapsed module to open it (a click on an open module's title closes it), hover for a node's action, reason
 * and move. A minimap in the corner shows where the view is; clicking it moves there. Redraws only on change.
 */
final class GraphCanvas extends Region {

    private static final double MINI_W = 200;
    private static final double MINI_H = 130;

    private final GraphViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final GraphPainter painter = new GraphPainter();
    private final Label hover = new Label();
    private double tx = 20;
    private double ty = 20;
    private double scale = 1;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private int lastDrawn;

    GraphCanvas(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        setId("graph-canvas");
        getStyleClass().add("graph-canvas");
        hover.setId("graph-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setStyle("-fx-background-color: #fffbe6; -fx-border-color: #adb5bd; -fx-padding: 4 6;");
        getChildren().addAll(canvas, hover);
        setMinSize(100, 100);
        viewModel.sceneProperty().addListener((obs, old, now) -> {
            if (old == null || old.graph() != now.graph()) {
                fit();
            } else {
                redraw();
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> redraw());
        viewModel.highlightedProperty().addListener((obs, old, now) -> redraw());
        viewModel.focusProperty().addListener((obs, old, now) -> {
            if (now != null) {
                centerOn(now);
            }
        });
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> hover.setVisible(false));
        canvas.setOnScroll(this::scrolled);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    /** Scales and moves the view so the whole scene fits. */
    void fit() {
        GraphScene scene = viewModel.sceneProperty().get();
        if (scene == null || getWidth() <= 0 || getHeight() <= 0) {
            redraw();
            return;
        }
        scale = Math.min(1.2, Math.min((getWidth() - 40) / Math.max(1, scene.width()),
                (getHeight() - 40) / Math.max(1, scene.height())));
        scale = Math.max(scale, 0.02);
        tx = 20 - 0;
        ty = 20;
        redraw();
    }

    /** Centres the view on a box at a readable zoom. */
    void centerOn(String id) {
        GraphScene scene = viewModel.sceneProperty().get();
        if (scene == null) {
            return;
        }
        scene.box(id).ifPresent(box -> {
            scale = Math.max(scale, 1);
            tx = getWidth() / 2 - (box.x() + box.width() / 2) * scale;
            ty = getHeight() / 2 - box.centerY() * scale;
            redraw();
        });
    }

    /** Moves the view by a screen offset (what a drag does). */
    void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
        redraw();
    }

    void zoomAt(double factor, double x, double y) {
        double next = Math.max(0.02, Math.min(4, scale * factor));
        tx = x - (x - tx) * next / scale;
        ty = y - (y - ty) * next / scale;
        scale = next;
        redraw();
    }

    /** Boxes drawn in the last frame. */
    int lastDrawn() {
        return lastDrawn;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Screen position of a box's centre, for tests that click nodes. */
    Optional<double[]> screenCenter(String id) {
        GraphScene scene = viewModel.sceneProperty().get();
        return scene == null ? Optional.empty() : scene.box(id).map(b -> new double[] {
                tx + (b.x() + Math.min(b.width(), 120) / 2) * scale, ty + b.centerY() * scale});
    }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        GraphScene scene = viewModel.sceneProperty().get();
        String selected = viewModel.selectedProperty().get() == null ? "" : viewModel.selectedProperty().get().address();
        Set<String> highlighted = viewModel.highlightedProperty().get();
        lastDrawn = painter.paint(g, scene, new GraphPainter.View(tx, ty, scale, canvas.getWidth(), canvas.getHeight()),
                selected, highlighted);
        if (scene != null) {
            minimap(g, scene);
        }
    }

    private void minimap(GraphicsContext g, GraphScene scene) {
        double x0 = canvas.getWidth() - MINI_W - 10;
        double y0 = canvas.getHeight() - MINI_H - 10;
        double k = miniScale(scene);
        g.setFill(Color.rgb(248, 249, 250, 0.92));
        g.fillRect(x0, y0, MINI_W, MINI_H);
        g.setStroke(Color.web("#ced4da"));
        g.setLineWidth(1);
        g.strokeRect(x0, y0, MINI_W, MINI_H);
        boolean nodes = scene.boxes().size() < 5_000;
        for (GraphScene.Box box : scene.boxes()) {
            if (box.kind() == GraphScene.BoxKind.NODE && !nodes) {
                continue;
            }
            g.setFill(box.kind() == GraphScene.BoxKind.NODE ? Color.web("#868e96") : Color.web("#bac8ff"));
            g.fillRect(x0 + box.x() * k, y0 + box.y() * k, Math.max(1, box.width() * k), Math.max(1, box.height() * k));
        }
        g.setStroke(Color.web("#1c7ed6"));
        double left = Math.max(x0, x0 + (-tx / scale) * k);
        double top = Math.max(y0, y0 + (-ty / scale) * k);
        double right = Math.min(x0 + MINI_W, x0 + (canvas.getWidth() - tx) / scale * k);
        double bottom = Math.min(y0 + MINI_H, y0 + (canvas.getHeight() - ty) / scale * k);
        if (right > left && bottom > top) {
            g.strokeRect(left, top, right - left, bottom - top);
        }
    }

    private double miniScale(GraphScene scene) {
        return Math.min(MINI_W / Math.max(1, scene.width()), MINI_H / Math.max(1, scene.height()));
    }

    private boolean inMinimap(double x, double y) {
        return x >= canvas.getWidth() - MINI_W - 10 && x <= canvas.getWidth() - 10
                && y >= canvas.getHeight() - MINI_H - 10 && y <= canvas.getHeight() - 10;
    }

    private void pressed(MouseEvent e) {
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        panBy(e.getX() - dragX, e.getY() - dragY);
        dragged = dragged || Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 0;
        dragX = e.getX();
        dragY = e.getY();
    }

    private void released(MouseEvent e) {
        GraphScene scene = viewModel.sceneProperty().get();
        if (dragged || scene == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (inMinimap(e.getX(), e.getY())) {
            double k = miniScale(scene);
            double sx = (e.getX() - (canvas.getWidth() - MINI_W - 10)) / k;
            double sy = (e.getY() - (canvas.getHeight() - MINI_H - 10)) / k;
            tx = getWidth() / 2 - sx * scale;
            ty = getHeight() / 2 - sy * scale;
            redraw();
            return;
        }
        double sy = (e.getY() - ty) / scale;
        Optional<GraphScene.Box> hit = scene.boxAt((e.getX() - tx) / scale, sy);
        hit.ifPresent(box -> {
            if (box.kind() == GraphScene.BoxKind.NODE) {
                viewModel.select(box.id());
            } else if (box.kind() == GraphScene.BoxKind.MODULE_COLLAPSED ? e.getClickCount() == 1
                    : sy <= box.y() + GraphLayout.HEADER) {
                // A collapsed module opens on a click; an open one closes on a click on its title.
                viewModel.toggle(box.id());
            }
        });
    }

    private void moved(MouseEvent e) {
        GraphScene scene = viewModel.sceneProperty().get();
        Optional<GraphScene.Box> hit = scene == null ? Optional.empty()
                : scene.boxAt((e.getX() - tx) / scale, (e.getY() - ty) / scale);
        if (hit.isEmpty() || hit.get().kind() == GraphScene.BoxKind.MODULE_OPEN) {
            hover.setVisible(false);
            return;
        }
        GraphScene.Box box = hit.get();
        hover.setText(box.kind() == GraphScene.BoxKind.NODE
                ? GraphSvg.hover(scene.graph().node(box.id()).orElseThrow())
                : box.id() + "\n" + GraphPainter.counts(scene.moduleCounts().getOrDefault(box.id(), java.util.Map.of()))
                        + "\nclick to open or close");
        hover.autosize();
        hover.relocate(Math.min(e.getX() + 14, getWidth() - hover.getWidth() - 4), e.getY() + 14);
        hover.setVisible(true);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
        }
    }
}
