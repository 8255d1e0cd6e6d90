package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.dashboard.TimeRange;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

/**
 * A custom time range: relative (the last N minutes, hours, days or weeks: {@code 90m}, {@code 6h}, {@code 2d},
 * {@code 2w}) or absolute (from and to as {@code yyyy-MM-dd HH:mm} in the zone the dashboard shows).
 */
final class CustomRangeDialog extends Dialog<TimeRange> {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    CustomRangeDialog(TimeRange current, ZoneId zone) {
        setTitle("Custom time range");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ToggleGroup kind = new ToggleGroup();
        RadioButton relative = new RadioButton("Relative: the last");
        RadioButton absolute = new RadioButton("Absolute, in " + zone.getId());
        relative.setToggleGroup(kind);
        absolute.setToggleGroup(kind);
        TextField last = new TextField(current.isRelative() ? current.length().toMinutes() + "m" : "6h");
        last.setId("range-last");
        java.time.Instant now = java.time.Instant.now();
        TextField from = new TextField(INPUT.format(current.from(now).atZone(zone)));
        from.setId("range-from");
        TextField to = new TextField(INPUT.format(current.to(now).atZone(zone)));
        to.setId("range-to");
        (current.isRelative() ? relative : absolute).setSelected(true);
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: #c0392b;");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, relative, last, new Label("e.g. 90m, 6h, 2d, 2w"));
        form.addRow(1, absolute);
        form.addRow(2, new Label("From"), from);
        form.addRow(3, new Label("To"), to);
        form.add(problem, 0, 4, 3, 1);
        getDialogPane().setContent(form);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            try {
                parse(relative.isSelected(), last.getText(), from.getText(), to.getText(), zone);
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK
                ? parse(relative.isSelected(), last.getText(), from.getText(), to.getText(), zone) : null);
    }

    static TimeRange parse(boolean relative, String last, String from, String to, ZoneId zone) {
        if (relative) {
            return TimeRange.last(length(last.trim()));
        }
        try {
            return TimeRange.between(LocalDateTime.parse(from.trim(), INPUT).atZone(zone).toInstant(),
                    LocalDateTime.parse(to.trim(), INPUT).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Write times as yyyy-MM-dd HH:mm, for example 2026-03-01 14:30.", e);
        }
    }

    static Duration length(String text) {
        if (text.length() >= 2) {
            try {
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                switch (text.charAt(text.length() - 1)) {
                    case 'm': return Duration.ofMinutes(amount);
                    case 'h': return Duration.ofHours(amount);
                    case 'd': return Duration.ofDays(amount);
                    case 'w': return Duration.ofDays(7 * amount);
                    default: break;
                }
            } catch (NumberFormatException ignored) {
                // the message below says what is expected
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a length: write a number and m, h, d or w (90m, 6h).");
    }
}
