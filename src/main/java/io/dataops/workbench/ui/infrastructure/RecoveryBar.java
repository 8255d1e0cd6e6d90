package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.project.Draft;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Offers back the unsaved changes an earlier session left (after a crash or a kill). */
final class RecoveryBar extends HBox {

    RecoveryBar(InfrastructureViewModel viewModel) {
        setId("recovery-bar");
        getStyleClass().add("recovery-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label message = new Label();
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button recover = new Button("Recover");
        recover.setId("recover-drafts");
        recover.setDefaultButton(false);
        recover.setOnAction(event -> viewModel.recoverDrafts());
        Button discard = new Button("Discard");
        discard.setId("discard-drafts");
        discard.setOnAction(event -> viewModel.discardDrafts());
        getChildren().addAll(message, recover, discard);
        Runnable update = () -> {
            var drafts = viewModel.recoverableDrafts();
            setVisible(!drafts.isEmpty());
            setManaged(!drafts.isEmpty());
            message.setText("Unsaved changes from an earlier session were kept for "
                    + drafts.stream().map(d -> String.valueOf(d.file().getFileName())).collect(Collectors.joining(", "))
                    + ". Recover them into the editor, or discard them?");
        };
        viewModel.recoverableDrafts().addListener((ListChangeListener<Draft>) change -> update.run());
        update.run();
    }
}
