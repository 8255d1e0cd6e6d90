package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metrics of one CloudWatch connection as ListMetrics last answered, kept in the workspace (V61) so the
 * metric browser reopens at once and without a call. {@link #refresh} fetches anew and replaces the cached
 * rows in one transaction (a cancelled or failed refresh keeps the old ones); everything else reads the cache.
 * As a {@link MetricLister} it fetches once, the first time, and answers from the cache after that.
 */
public final class CloudWatchMetricCatalog implements MetricLister {

    /** A new connection to the workspace database that the caller closes ({@code workspace::connect}). */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    /** What the last refresh covered: when, which namespace (empty: all), whether recently active only, how many. */
    public record Fetch(Instant fetchedAt, Optional<String> namespace, boolean recentlyActive, long metrics) {
    }

    /** Search results stop here: the browser shows the first ones and asks for a narrower search. */
    public static final int SEARCH_LIMIT = 2_000;

    private final Connector connections;
    private final CloudWatchClients clients;
    private final CloudWatchConnection connection;
    private final Clock clock;
    private final String key;

    public CloudWatchMetricCatalog(Connector connections, CloudWatchClients clients, CloudWatchConnection connection,
                                   Clock clock) {
        this.connections = connections;
        this.clients = clients;
        this.connection = connection;
        this.clock = clock;
        this.key = connectionKey(connection);
    }

    /** {@code profile|region|endpoint}, blanks for none: whose catalog a cached row belongs to. */
    public static String connectionKey(CloudWatchConnection connection) {
        return connection.profile().orElse("") + "|" + connection.region() + "|"
                + connection.endpoint().map(Object::toString).orElse("");
    }

    public CloudWatchConnection connection() {
        return connection;
    }

    @Override
    public List<MetricDescriptor> list(String namespace, TaskContext context) {
        if (lastFetch().isEmpty()) {
            refresh(null, false, context);
        }
        String sql = "SELECT namespace, metric_name, dimensions FROM cloudwatch_metric WHERE connection_key = ?"
                + (namespace == null ? "" : " AND namespace = ?") + " ORDER BY namespace, metric_name, dimensions";
        return read("read the cached CloudWatch metrics", sql, namespace == null ? new Object[] {key}
                : new Object[] {key, namespace}, rows -> new MetricDescriptor(id(rows), "None"));
    }

    /**
     * Calls ListMetrics (one namespace, or all when null; with {@code RecentlyActive=PT3H} when asked) and
     * replaces the cached rows it covers, committing only once the last page is in.
     */
    public Fetch refresh(String namespace, boolean recentlyActive, TaskContext context) {
        String only = namespace == null || namespace.isBlank() ? null : namespace.trim();
        Instant now = clock.instant();
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        try (Connection db = connections.open()) {
            db.setAutoCommit(false);
            try {
                CatalogRows.delete(db, key, only);
                long count;
                try (PreparedStatement insert = CatalogRows.insert(db)) {
                    count = ListMetricsPages.forEach(clients.client(connection), connection, only, recentlyActive,
                            context, page -> CatalogRows.add(insert, key, page, stamp));
                }
                Fetch fetch = new Fetch(now, Optional.ofNullable(only), recentlyActive, count);
                CatalogRows.mark(db, key, fetch);
                db.commit();
                return fetch;
            } catch (CatalogRows.WriteFailure e) {
                db.rollback();
                throw (SQLException) e.getCause();
            } catch (RuntimeException | SQLException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save the CloudWatch metric list", e);
        }
    }

    /** The last refresh of this connection's catalog, if any. */
    public Optional<Fetch> lastFetch() {
        List<Fetch> found = read("read when the CloudWatch metrics were fetched", "SELECT fetched_at, namespace,"
                + " recently_active, metric_count FROM cloudwatch_metric_fetch WHERE connection_key = ?",
                new Object[] {key}, rows -> new Fetch(rows.getObject(1, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rows.getString(2)), rows.getBoolean(3), rows.getLong(4)));
        return found.stream().findFirst();
    }

    /** When the catalog was last fetched: the browser shows its age. */
    public Optional<Instant> fetchedAt() {
        return lastFetch().map(Fetch::fetchedAt);
    }

    public List<String> namespaces() {
        return read("read the cached CloudWatch namespaces", "SELECT DISTINCT namespace FROM cloudwatch_metric"
                + " WHERE connection_key = ? ORDER BY namespace", new Object[] {key}, rows -> rows.getString(1));
    }

    public List<String> metrics(String namespace) {
        return read("read the cached CloudWatch metrics", "SELECT DISTINCT metric_name FROM cloudwatch_metric"
                + " WHERE connection_key = ? AND namespace = ? ORDER BY metric_name", new Object[] {key, namespace},
                rows -> rows.getString(1));
    }

    /** The dimension sets {@code metric} of {@code namespace} is published with, as full ids. */
    public List<MetricId> dimensionSets(String namespace, String metric) {
        return read("read the cached CloudWatch dimensions", "SELECT namespace, metric_name, dimensions FROM"
                + " cloudwatch_metric WHERE connection_key = ? AND namespace = ? AND metric_name = ? ORDER BY"
                + " dimensions", new Object[] {key, namespace, metric}, CloudWatchMetricCatalog::id);
    }

    /**
     * The cached metrics whose namespace, name or dimensions contain every word of {@code text}, ignoring
     * case; at most {@link #SEARCH_LIMIT}. A blank text finds nothing (browse instead).
     */
    public List<MetricId> search(String text) {
        List<String> words = Arrays.stream(text == null ? new String[0] : text.trim().toLowerCase(Locale.ROOT)
                .split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT namespace, metric_name, dimensions FROM cloudwatch_metric"
                + " WHERE connection_key = ?");
        List<Object> parameters = new ArrayList<>(List.of(key));
        for (String word : words) {
            sql.append(" AND search_text LIKE ? ESCAPE '\\'");
            parameters.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY namespace, metric_name, dimensions LIMIT ").append(SEARCH_LIMIT);
        return read("search the cached CloudWatch metrics", sql.toString(), parameters.toArray(),
                CloudWatchMetricCatalog::id);
    }

    private static MetricId id(ResultSet rows) throws SQLException {
        return new MetricId(rows.getString(1), rows.getString(2), CatalogRows.dimensions(rows.getString(3)));
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> read(String what, String sql, Object[] parameters, Row<T> row) {
        try (Connection db = connections.open(); PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<T> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static UserFacingException failure(String action, SQLException e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("unknown error");
        return new UserFacingException("Could not " + action + " in the workspace database: " + reason
                + ". The cached list is unchanged; try again, and if it keeps failing restart DataOps Workbench.", e);
    }
}
