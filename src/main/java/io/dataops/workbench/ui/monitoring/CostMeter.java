package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchCost;
import io.dataops.workbench.monitor.cloudwatch.DashboardCost;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What refreshing the open CloudWatch dashboard costs at the chosen auto-refresh rate, kept up to date as
 * widgets and the rate change; nothing for a local dashboard.
 */
public final class CostMeter {

    private final ObservableValue<Dashboard> dashboard;
    private final ReadOnlyObjectWrapper<CloudWatchCost> cost = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    CostMeter(ObservableValue<Dashboard> dashboard, ObservableValue<AutoRefresh> rate) {
        this.dashboard = dashboard;
        Runnable update = () -> {
            Optional<CloudWatchCost> now = costAt(rate.getValue());
            cost.set(now.orElse(null));
            text.set(now.map(c -> "Cost: " + c.describe()).orElse(""));
        };
        dashboard.addListener((obs, old, d) -> update.run());
        rate.addListener((obs, old, r) -> update.run());
        update.run();
    }

    /** What the open dashboard would cost at {@code every}: empty for a local dashboard or none. */
    public Optional<CloudWatchCost> costAt(AutoRefresh every) {
        Dashboard current = dashboard.getValue();
        return current == null || !current.source().isCloudWatch() ? Optional.empty()
                : Optional.of(DashboardCost.of(current, every.interval()));
    }

    /** At the chosen rate; null for a local dashboard. */
    public ReadOnlyObjectProperty<CloudWatchCost> costProperty() {
        return cost.getReadOnlyProperty();
    }

    /** "Cost: ≈ $0.36/hour (…)", or empty for a local dashboard. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
