package io.dataops.workbench.ui.quality.docs;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;

/** The data-docs site inside the app (a WebView; links between its pages work), with Build and Open in browser. */
public final class DataDocsPane extends VBox {

    private WebView web;

    public DataDocsPane(DataDocsViewModel viewModel) {
        super(6);
        setId("data-docs");
        Button build = new Button("Build data docs");
        build.setId("docs-build");
        build.getStyleClass().add("accent");
        build.disableProperty().bind(viewModel.buildingProperty());
        build.setOnAction(event -> viewModel.build());
        Button open = new Button("Open in browser");
        open.setId("docs-open-browser");
        open.disableProperty().bind(viewModel.pageProperty().isEmpty());
        open.setOnAction(event -> viewModel.openInBrowser());
        Label status = new Label();
        status.setId("docs-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(8, build, open, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label empty = new Label("The site is built into the workspace folder and shown here.");
        empty.getStyleClass().add("muted");
        viewModel.pageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                web().getEngine().load(now);
            }
        });
        getChildren().addAll(bar, empty);
    }

    /** The WebView, made on first use: starting WebKit takes a while and most sessions never open the docs. */
    private WebView web() {
        if (web == null) {
            web = new WebView();
            web.setId("docs-web");
            VBox.setVgrow(web, Priority.ALWAYS);
            getChildren().set(1, web);
        }
        return web;
    }
}
