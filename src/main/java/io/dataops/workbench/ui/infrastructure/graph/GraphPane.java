package io.dataops.workbench.ui.infrastructure.graph;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Graph tab: the toolbar of search and filters, the canvas with the selected node's details beside it, and
 * view and export buttons (SVG and DOT from the model, PNG a snapshot of the canvas).
 */
public final class GraphPane extends BorderPane {

    private final GraphViewModel viewModel;
    private final GraphCanvas canvas;
    private final BiFunction<String, String, Optional<Path>> saveTarget;

    public GraphPane(GraphViewModel viewModel) {
        this(viewModel, null);
    }

    /** {@code saveTarget} picks the file to export to (title, extension); tests pass their own. */
    public GraphPane(GraphViewModel viewModel, BiFunction<String, String, Optional<Path>> saveTarget) {
        this.viewModel = viewModel;
        this.saveTarget = saveTarget != null ? saveTarget : this::chooseFile;
        this.canvas = new GraphCanvas(viewModel);
        setId("graph-pane");
        Button fit = button("graph-fit", "Fit", canvas::fit);
        Button svg = button("graph-export-svg", "SVG", () -> target("Export the graph as SVG", "svg")
                .ifPresent(viewModel::exportSvg));
        Button png = button("graph-export-png", "PNG", () -> target("Export the view as PNG", "png")
                .ifPresent(this::exportPng));
        Button dot = button("graph-export-dot", "DOT", () -> target("Export the graph as DOT", "dot")
                .ifPresent(viewModel::exportDot));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        GraphToolbar toolbar = new GraphToolbar(viewModel);
        HBox views = new HBox(6, toolbar.toggles(), gap, fit, new Label("Export:"), svg, png, dot);
        views.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(6, toolbar, views);
        top.setPadding(new Insets(6));
        setTop(top);
        GraphDetails details = new GraphDetails(viewModel);
        // The graph gets most of the width: the details pane keeps a readable fixed width (it does not grow with
        // the window), and the divider is placed again once the split knows its width, since a position set
        // before the first layout is lost when the panes' preferred widths are first applied.
        details.setPrefWidth(360);
        details.setMaxWidth(520);
        SplitPane.setResizableWithParent(details, Boolean.FALSE);
        SplitPane split = new SplitPane(canvas, details);
        split.setDividerPositions(0.72);
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    split.setDividerPositions(Math.max(0.5, 1 - 360 / now.doubleValue()));
                }
            }
        });
        setCenter(split);
        Label status = new Label();
        status.setId("graph-status");
        status.textProperty().bind(viewModel.statusProperty());
        VBox bottom = new VBox(status);
        bottom.setPadding(new Insets(4, 6, 4, 6));
        setBottom(bottom);
    }

    GraphCanvas canvas() {
        return canvas;
    }

    private Optional<Path> target(String title, String extension) {
        return saveTarget.apply(title, extension);
    }

    private Optional<Path> chooseFile(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName("graph." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow())).map(java.io.File::toPath);
    }

    /** A snapshot of what the canvas shows, written without javafx-swing. */
    private void exportPng(Path file) {
        WritableImage image = canvas.canvas().snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        viewModel.exportPng(file, out);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
