package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmState;
import javafx.scene.control.TableCell;

/** An alarm state coloured as CloudWatch's console does: ALARM red, OK green, INSUFFICIENT_DATA grey. */
final class AlarmStateCell<S> extends TableCell<S, String> {

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setStyle(empty || item == null ? "" : style(item));
    }

    static String style(String state) {
        return state.equals(AlarmState.ALARM.name()) ? "-fx-text-fill: #b3261e; -fx-font-weight: bold;"
                : state.equals(AlarmState.OK.name()) ? "-fx-text-fill: #1b7f3b;" : "-fx-text-fill: #6b6b6b;";
    }
}
