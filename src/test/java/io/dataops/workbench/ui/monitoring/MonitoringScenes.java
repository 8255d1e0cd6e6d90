package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.ui.common.Notice;
import io.dataops.workbench.ui.common.Theme;
import io.dataops.workbench.ui.testing.Fx;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The Monitoring area's dashboards in a test's stage, with a placeholder for the alarms tab, loaded. */
final class MonitoringScenes {

    private MonitoringScenes() {
    }

    static MonitoringView show(Stage stage, MonitoringViewModel model, double width, double height) {
        return Fx.call(() -> {
            MonitoringView view = new MonitoringView(model, new Notice("alarms"));
            Scene scene = new Scene(view, width, height);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            model.load();
            return view;
        });
    }
}
