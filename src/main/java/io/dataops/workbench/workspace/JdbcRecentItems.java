package io.dataops.workbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Recently opened items, one per location; touching an item again moves it to the front. */
final class JdbcRecentItems implements RecentItems {

    /** Enough for any menu; older entries are dropped so the table cannot grow without bound. */
    static final int KEPT = 50;

    private final ConnectionSource connections;

    JdbcRecentItems(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public List<RecentItem> list(int limit) {
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT area, label, location, opened_at FROM recent_item ORDER BY id DESC LIMIT ?")) {
            select.setInt(1, Math.max(0, limit));
            List<RecentItem> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new RecentItem(Area.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return List.copyOf(items);
        } catch (SQLException e) {
            throw SqlFailure.of("read the recent items", e);
        }
    }

    @Override
    public void touch(Area area, String label, String location) {
        try (Connection connection = connections.connect()) {
            connection.setAutoCommit(false);
            // Delete and insert rather than update: the new identity value puts the item first.
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM recent_item WHERE location = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO recent_item (area, label, location, opened_at) VALUES (?, ?, ?, ?)");
                 PreparedStatement prune = connection.prepareStatement("DELETE FROM recent_item WHERE id NOT IN "
                         + "(SELECT id FROM recent_item ORDER BY id DESC LIMIT " + KEPT + ")")) {
                delete.setString(1, location);
                delete.executeUpdate();
                insert.setString(1, area.name());
                insert.setString(2, label);
                insert.setString(3, location);
                insert.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
                prune.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlFailure.of("remember the recent item '" + label + "'", e);
        }
    }
}
