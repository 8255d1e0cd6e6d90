package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Revisions in the workspace table {@code file_revision}; the identity orders them. */
public final class JdbcRevisionStore implements RevisionStore {

    private static final String COLUMNS = "id, file_path, created_at, reason, content_hash, LENGTH(content)";

    private final Connections connections;

    public JdbcRevisionStore(Connections connections) {
        this.connections = connections;
    }

    @Override
    public Revision record(Path file, String content, RevisionReason reason) {
        String hash = ContentHash.of(content);
        Optional<Revision> latest = latest(file);
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return latest.get();
        }
        Instant now = Instant.now();
        try (Connection connection = connections.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO file_revision "
                     + "(file_path, content, content_hash, reason, created_at) VALUES (?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, JdbcDraftStore.key(file));
            insert.setString(2, content);
            insert.setString(3, hash);
            insert.setString(4, reason.name());
            insert.setObject(5, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Revision(keys.getLong(1), file, now, reason, hash, content.length());
            }
        } catch (SQLException e) {
            throw EditorStoreException.of("record a revision of " + file.getFileName(), e);
        }
    }

    @Override
    public List<Revision> list(Path file) {
        return select("SELECT " + COLUMNS + " FROM file_revision WHERE file_path = ? ORDER BY id DESC", file);
    }

    @Override
    public Optional<Revision> latest(Path file) {
        return select("SELECT " + COLUMNS + " FROM file_revision WHERE file_path = ? ORDER BY id DESC LIMIT 1", file)
                .stream().findFirst();
    }

    @Override
    public String content(long revisionId) {
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement("SELECT content FROM file_revision WHERE id = ?")) {
            select.setLong(1, revisionId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("No revision " + revisionId);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw EditorStoreException.of("read revision " + revisionId, e);
        }
    }

    private List<Revision> select(String sql, Path file) {
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, JdbcDraftStore.key(file));
            List<Revision> revisions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new Revision(rows.getLong(1), Path.of(rows.getString(2)),
                            rows.getObject(3, OffsetDateTime.class).toInstant(),
                            RevisionReason.valueOf(rows.getString(4)), rows.getString(5), rows.getInt(6)));
                }
            }
            return List.copyOf(revisions);
        } catch (SQLException e) {
            throw EditorStoreException.of("read the revisions of " + file.getFileName(), e);
        }
    }
}
