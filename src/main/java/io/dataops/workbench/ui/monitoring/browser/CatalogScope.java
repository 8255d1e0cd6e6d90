package io.dataops.workbench.ui.monitoring.browser;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog;
import io.dataops.workbench.monitor.metric.MetricId;
import java.util.List;

/**
 * What the browser's three lists show: the whole cached catalog, or only the metrics a search matched.
 * Its methods may read the workspace: call them in a task.
 */
interface CatalogScope {

    List<String> namespaces();

    List<String> metrics(String namespace);

    List<MetricId> dimensionSets(String namespace, String metric);

    /** Everything the catalog holds, read from the workspace. */
    static CatalogScope all(CloudWatchMetricCatalog catalog) {
        return new CatalogScope() {
            @Override
            public List<String> namespaces() {
                return catalog.namespaces();
            }

            @Override
            public List<String> metrics(String namespace) {
                return catalog.metrics(namespace);
            }

            @Override
            public List<MetricId> dimensionSets(String namespace, String metric) {
                return catalog.dimensionSets(namespace, metric);
            }
        };
    }

    /** The matches of a search, held in memory (the catalog bounds them). */
    static CatalogScope matches(List<MetricId> found) {
        return new CatalogScope() {
            @Override
            public List<String> namespaces() {
                return found.stream().map(MetricId::namespace).distinct().sorted().toList();
            }

            @Override
            public List<String> metrics(String namespace) {
                return found.stream().filter(m -> m.namespace().equals(namespace)).map(MetricId::name).distinct()
                        .sorted().toList();
            }

            @Override
            public List<MetricId> dimensionSets(String namespace, String metric) {
                return found.stream().filter(m -> m.namespace().equals(namespace) && m.name().equals(metric)).toList();
            }
        };
    }
}
