package io.dataops.workbench.monitor.alarm;

import io.dataops.workbench.common.UserFacingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workspace's alarms (tables of V41__alarms.sql): definitions, current states and state history. */
public final class AlarmStore {

    /** A new connection to the workspace database that the caller closes ({@code workspace::connect}). */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    /** History rows kept per alarm; older ones are dropped so the table stays small. */
    static final int HISTORY_KEPT = 1000;

    private final Connections connections;
    private final Clock clock;

    public AlarmStore(Connections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    public List<StoredAlarm> list() {
        return select("SELECT definition_json, state, state_reason, state_updated_at, last_evaluated_at FROM alarm"
                + " ORDER BY name", null);
    }

    public Optional<StoredAlarm> find(String name) {
        return select("SELECT definition_json, state, state_reason, state_updated_at, last_evaluated_at FROM alarm"
                + " WHERE name = ?", name).stream().findFirst();
    }

    /** Creates or replaces the definition (validated); an existing alarm keeps its state, as PutMetricAlarm does. */
    public void put(AlarmDefinition definition) {
        AlarmValidation.requireValid(definition, "alarm '" + definition.alarmName() + "'");
        String json = AlarmJson.write(definition);
        OffsetDateTime now = now();
        try (Connection connection = connections.open();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE alarm SET definition_json = ?, updated_at = ? WHERE name = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO alarm (name, definition_json,"
                     + " state_updated_at, updated_at) VALUES (?, ?, ?, ?)")) {
            update.setString(1, json);
            update.setObject(2, now);
            update.setString(3, definition.alarmName());
            if (update.executeUpdate() == 0) {
                insert.setString(1, definition.alarmName());
                insert.setString(2, json);
                insert.setObject(3, now);
                insert.setObject(4, now);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure("save the alarm '" + definition.alarmName() + "'", e);
        }
    }

    /** Deletes the alarm and its history; false when there was none of that name. */
    public boolean delete(String name) {
        try (Connection connection = connections.open();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM alarm WHERE name = ?")) {
            delete.setString(1, name);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("delete the alarm '" + name + "'", e);
        }
    }

    /** Stores the state an evaluation gave; a change of state also adds a history row. */
    public void record(String name, AlarmEvaluation evaluation) {
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            try {
                updateState(connection, name, evaluation);
                if (evaluation.changed()) {
                    insertHistory(connection, name, evaluation);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("record the state of the alarm '" + name + "'", e);
        }
    }

    /** The most recent state changes of one alarm, newest first. */
    public List<AlarmHistoryEntry> history(String name, int limit) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement("SELECT changed_at, old_state, new_state, reason,"
                     + " datapoints_json FROM alarm_history WHERE alarm_name = ? ORDER BY changed_at DESC, id DESC"
                     + " LIMIT ?")) {
            select.setString(1, name);
            select.setInt(2, Math.max(0, limit));
            List<AlarmHistoryEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AlarmHistoryEntry(name, rows.getObject(1, OffsetDateTime.class).toInstant(),
                            AlarmState.valueOf(rows.getString(2)), AlarmState.valueOf(rows.getString(3)),
                            rows.getString(4), EvaluationJson.readDatapoints(rows.getString(5))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure("read the history of the alarm '" + name + "'", e);
        }
    }

    private void updateState(Connection connection, String name, AlarmEvaluation evaluation) throws SQLException {
        String sql = evaluation.changed()
                ? "UPDATE alarm SET state = ?, state_reason = ?, last_evaluated_at = ?, state_updated_at = ? WHERE name = ?"
                : "UPDATE alarm SET state = ?, state_reason = ?, last_evaluated_at = ? WHERE name = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            update.setString(i++, evaluation.state().name());
            update.setString(i++, clip(evaluation.reason()));
            update.setObject(i++, evaluation.time().atOffset(ZoneOffset.UTC));
            if (evaluation.changed()) {
                update.setObject(i++, evaluation.time().atOffset(ZoneOffset.UTC));
            }
            update.setString(i, name);
            if (update.executeUpdate() == 0) {
                throw new UserFacingException("There is no alarm named '" + name + "' in the workspace.");
            }
        }
    }

    private static void insertHistory(Connection connection, String name, AlarmEvaluation evaluation)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alarm_history (alarm_name, changed_at,"
                + " old_state, new_state, reason, datapoints_json) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement prune = connection.prepareStatement("DELETE FROM alarm_history WHERE alarm_name = ? AND"
                     + " id NOT IN (SELECT id FROM alarm_history WHERE alarm_name = ? ORDER BY id DESC LIMIT "
                     + HISTORY_KEPT + ")")) {
            insert.setString(1, name);
            insert.setObject(2, evaluation.time().atOffset(ZoneOffset.UTC));
            insert.setString(3, evaluation.previousState().name());
            insert.setString(4, evaluation.state().name());
            insert.setString(5, clip(evaluation.reason()));
            insert.setString(6, EvaluationJson.datapoints(evaluation.datapoints()));
            insert.executeUpdate();
            prune.setString(1, name);
            prune.setString(2, name);
            prune.executeUpdate();
        }
    }

    private List<StoredAlarm> select(String sql, String name) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (name != null) {
                select.setString(1, name);
            }
            List<StoredAlarm> alarms = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    AlarmDefinition definition = AlarmJson.parse(rows.getString(1), "the workspace");
                    OffsetDateTime evaluated = rows.getObject(5, OffsetDateTime.class);
                    alarms.add(new StoredAlarm(definition, AlarmState.valueOf(rows.getString(2)), rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(evaluated).map(OffsetDateTime::toInstant)));
                }
            }
            return alarms;
        } catch (SQLException e) {
            throw failure("read the alarms", e);
        }
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    private static String clip(String text) {
        return text.length() <= 8000 ? text : text.substring(0, 7997) + "...";
    }

    private static UserFacingException failure(String action, SQLException e) {
        return new UserFacingException("Could not " + action + " in the workspace: " + e.getMessage(), e);
    }
}
