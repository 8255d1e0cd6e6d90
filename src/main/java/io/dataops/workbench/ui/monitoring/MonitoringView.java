package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.ui.common.AreaHeader;
import io.dataops.workbench.ui.common.Notice;
import javafx.scene.layout.VBox;

/** Monitoring area: not built yet, and it says so. */
public final class MonitoringView extends VBox {

    public MonitoringView() {
        getStyleClass().add("area");
        Notice notice = new Notice("Monitoring is not built yet. A later version will show CloudWatch metrics and "
                + "alarms for the AWS profile and region chosen in Settings.");
        notice.setId("monitoring-notice");
        getChildren().addAll(new AreaHeader("Monitoring", "CloudWatch metrics and alarms."), notice);
    }
}
