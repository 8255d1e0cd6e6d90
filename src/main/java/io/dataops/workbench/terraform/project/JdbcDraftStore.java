package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Drafts in the workspace table {@code editor_draft}, keyed by the file's absolute path. */
public final class JdbcDraftStore implements DraftStore {

    private final Connections connections;

    public JdbcDraftStore(Connections connections) {
        this.connections = connections;
    }

    @Override
    public void save(Path file, String content, Optional<String> baseHash) {
        try (Connection connection = connections.connect();
             PreparedStatement merge = connection.prepareStatement(
                     "MERGE INTO editor_draft (file_path, content, base_hash, saved_at) KEY (file_path) "
                             + "VALUES (?, ?, ?, ?)")) {
            merge.setString(1, key(file));
            merge.setString(2, content);
            merge.setString(3, baseHash.orElse(null));
            merge.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw EditorStoreException.of("keep the unsaved changes of " + file.getFileName(), e);
        }
    }

    @Override
    public Optional<Draft> find(Path file) {
        List<Draft> found = query("SELECT file_path, content, base_hash, saved_at FROM editor_draft "
                + "WHERE file_path = ?", key(file));
        return found.stream().findFirst();
    }

    @Override
    public List<Draft> under(Path folder) {
        // LIKE with an escape so that '_' and '%' in folder names match only themselves.
        String prefix = key(folder) + folder.getFileSystem().getSeparator();
        String pattern = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return query("SELECT file_path, content, base_hash, saved_at FROM editor_draft "
                + "WHERE file_path LIKE ? ESCAPE '!' ORDER BY saved_at", pattern);
    }

    @Override
    public void discard(Path file) {
        try (Connection connection = connections.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM editor_draft WHERE file_path = ?")) {
            delete.setString(1, key(file));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw EditorStoreException.of("discard the unsaved changes of " + file.getFileName(), e);
        }
    }

    private List<Draft> query(String sql, String parameter) {
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            List<Draft> drafts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    drafts.add(new Draft(Path.of(rows.getString(1)), rows.getString(2),
                            Optional.ofNullable(rows.getString(3)),
                            rows.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return List.copyOf(drafts);
        } catch (SQLException e) {
            throw EditorStoreException.of("read the unsaved changes", e);
        }
    }

    static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
