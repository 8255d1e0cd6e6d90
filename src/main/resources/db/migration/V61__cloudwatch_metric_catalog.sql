-- The CloudWatch metric catalog: what ListMetrics answered, per connection, so the metric browser opens at once
-- without calling AWS again. The connection key is "profile|region|endpoint" (names only, never keys); dimensions
-- are a compact JSON object with sorted keys (as in metric_series), so equal sets are equal text. search_text is
-- the lower-cased namespace, name and dimension values the browser's search looks through.
CREATE TABLE cloudwatch_metric (
    connection_key VARCHAR(1200)  NOT NULL,
    namespace      VARCHAR(255)   NOT NULL,
    metric_name    VARCHAR(255)   NOT NULL,
    dimensions     VARCHAR(40000) NOT NULL DEFAULT '{}',
    search_text    VARCHAR(42000) NOT NULL,
    fetched_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (connection_key, namespace, metric_name, dimensions)
);
-- The browser reads a connection's namespaces, a namespace's metric names and a metric's dimension sets.
CREATE INDEX cloudwatch_metric_browse ON cloudwatch_metric (connection_key, namespace, metric_name);

-- When a connection's catalog was last fetched, and how: a fetch that found no metric still counts as fetched.
CREATE TABLE cloudwatch_metric_fetch (
    connection_key  VARCHAR(1200) NOT NULL PRIMARY KEY,
    namespace       VARCHAR(255),
    recently_active BOOLEAN       NOT NULL,
    metric_count    BIGINT        NOT NULL,
    fetched_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
