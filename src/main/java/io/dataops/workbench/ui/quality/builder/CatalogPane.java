package io.dataops.workbench.ui.quality.builder;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The searchable catalog of every expectation type, with its description and kwargs, to add any by hand. */
final class CatalogPane extends VBox {

    CatalogPane(ExpectationCatalog catalog, SuiteBuilderViewModel builder, Supplier<Optional<String>> column) {
        super(4);
        TextField search = new TextField();
        search.setId("catalog-search");
        search.setPromptText("Search " + catalog.entries().size() + " expectation types (e.g. null, regex, row count)");
        ListView<CatalogEntry> types = new ListView<>();
        types.setId("catalog-types");
        types.getItems().setAll(catalog.entries());
        types.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CatalogEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.type());
            }
        });
        VBox.setVgrow(types, Priority.ALWAYS);
        search.textProperty().addListener((obs, old, now) -> types.getItems().setAll(catalog.search(now)));
        Label doc = new Label();
        doc.setId("catalog-doc");
        doc.setWrapText(true);
        doc.setMinHeight(48);
        Button add = new Button("Add to suite");
        add.setId("catalog-add");
        add.disableProperty().bind(types.getSelectionModel().selectedItemProperty().isNull());
        types.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> doc.setText(now == null ? ""
                : now.description() + "\nkwargs: " + String.join(", ", now.kwargs())));
        add.setOnAction(event -> builder.add(types.getSelectionModel().getSelectedItem(), column.get()));
        getChildren().addAll(search, types, doc, add);
    }
}
