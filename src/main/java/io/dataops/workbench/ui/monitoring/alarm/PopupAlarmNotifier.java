package io.dataops.workbench.ui.monitoring.alarm;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Alarm notifications as ControlsFX popups in the corner of the main window; call on the FX thread. */
public final class PopupAlarmNotifier implements AlarmNotifications.Notifier {

    private final Window owner;

    public PopupAlarmNotifier(Window owner) {
        this.owner = owner;
    }

    @Override
    public void show(String title, String text, boolean alarm) {
        if (owner == null || !owner.isShowing()) {
            return; // a popup needs a showing window; the alarm list still shows the state
        }
        Notifications popup = Notifications.create().owner(owner).title(title).text(text)
                .hideAfter(Duration.seconds(alarm ? 15 : 8));
        if (alarm) {
            popup.showWarning();
        } else {
            popup.showInformation();
        }
    }
}
