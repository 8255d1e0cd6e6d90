package io.dataops.workbench.quality.validation.checkpoint;

import java.util.List;

/** Where published metrics go: the workspace's metric table here; the monitoring area adds others (CloudWatch). */
@FunctionalInterface
public interface MetricSink {

    void publish(List<MetricDatum> data);
}
