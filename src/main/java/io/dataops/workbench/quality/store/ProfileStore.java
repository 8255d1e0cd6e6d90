package io.dataops.workbench.quality.store;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.profile.ProfileJson;
import io.dataops.workbench.quality.profile.ProfileMasking;
import io.dataops.workbench.quality.profile.TableProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiles kept in the workspace with their time, so two runs of an asset can be compared. When masking
 * is on, values are masked BEFORE they are written: the workspace never holds them.
 */
public final class ProfileStore {

    private final ConnectionOpener connections;

    public ProfileStore(ConnectionOpener connections) {
        this.connections = connections;
    }

    public long save(String sourceName, TableProfile profile, boolean mask) {
        TableProfile stored = ProfileMasking.maskIf(mask, profile);
        try (Connection connection = connections.open();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO quality_profile (source_name, asset,"
                     + " profiled_at, row_count, profile_json) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, sourceName);
            insert.setString(2, stored.asset());
            insert.setTimestamp(3, Timestamp.from(stored.profiledAt()));
            insert.setLong(4, stored.rowCount());
            insert.setString(5, ProfileJson.write(stored, false));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw StoreFailure.of("save the profile of " + profile.asset(), e);
        }
    }

    /** The profiles of one asset of a source, newest first. */
    public List<StoredProfile> list(String sourceName, String asset) {
        return select("WHERE source_name = ? AND asset = ?", sourceName, asset);
    }

    /** Every stored profile of a source, newest first. */
    public List<StoredProfile> list(String sourceName) {
        return select("WHERE source_name = ?", sourceName);
    }

    public TableProfile load(long id) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT profile_json FROM quality_profile WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new UserFacingException("There is no stored profile " + id + ".");
                }
                return ProfileJson.read(row.getString(1));
            }
        } catch (SQLException e) {
            throw StoreFailure.of("read the profile " + id, e);
        }
    }

    public void delete(long id) {
        try (Connection connection = connections.open();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM quality_profile WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw StoreFailure.of("delete the profile " + id, e);
        }
    }

    private List<StoredProfile> select(String where, String... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement("SELECT id, source_name, asset, profiled_at,"
                     + " row_count FROM quality_profile " + where + " ORDER BY profiled_at DESC, id DESC")) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<StoredProfile> profiles = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    profiles.add(new StoredProfile(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant(), rows.getLong(5)));
                }
            }
            return profiles;
        } catch (SQLException e) {
            throw StoreFailure.of("list the stored profiles", e);
        }
    }
}
