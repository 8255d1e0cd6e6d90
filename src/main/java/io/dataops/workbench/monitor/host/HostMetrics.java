package io.dataops.workbench.monitor.host;

import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.store.MetricSample;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSFileStore;

/**
 * This machine's health as metrics in namespace {@value #NAMESPACE}, named like CloudWatch's EC2 and agent
 * metrics: CPUUtilization, MemoryUtilization (Percent, dimension Host), DiskUtilization (Percent, Host and
 * MountPath, local file systems only), NetworkIn / NetworkOut (Bytes received / sent since the previous sample,
 * Host and Interface; loopback left out). CPU and network are measured between two calls, so the first call
 * gives no network samples. Not thread-safe: one sampler thread calls it.
 */
public final class HostMetrics {

    public static final String NAMESPACE = "Workbench/Host";

    private final CentralProcessor processor;
    private final GlobalMemory memory;
    private final SystemInfo system;
    private final String host;
    private long[] previousTicks;
    private final Map<String, long[]> previousBytes = new HashMap<>();

    public HostMetrics() {
        this.system = new SystemInfo();
        this.processor = system.getHardware().getProcessor();
        this.memory = system.getHardware().getMemory();
        this.host = hostName(system);
        this.previousTicks = processor.getSystemCpuLoadTicks();
    }

    public String host() {
        return host;
    }

    public List<MetricSample> sample(Instant now) {
        List<MetricSample> samples = new ArrayList<>();
        long[] ticks = processor.getSystemCpuLoadTicks();
        double cpu = processor.getSystemCpuLoadBetweenTicks(previousTicks, ticks);
        previousTicks = ticks;
        if (cpu >= 0 && Double.isFinite(cpu)) {
            samples.add(sample("CPUUtilization", Map.of(), "Percent", now, cpu * 100));
        }
        if (memory.getTotal() > 0) {
            samples.add(sample("MemoryUtilization", Map.of(), "Percent", now,
                    100.0 * (memory.getTotal() - memory.getAvailable()) / memory.getTotal()));
        }
        for (OSFileStore store : system.getOperatingSystem().getFileSystem().getFileStores(true)) {
            if (store.getTotalSpace() > 0) {
                double used = 100.0 * (store.getTotalSpace() - store.getUsableSpace()) / store.getTotalSpace();
                samples.add(sample("DiskUtilization", Map.of("MountPath", store.getMount()), "Percent", now, used));
            }
        }
        for (NetworkIF network : system.getHardware().getNetworkIFs(false)) {
            network.updateAttributes();
            long[] bytes = {network.getBytesRecv(), network.getBytesSent()};
            long[] before = previousBytes.put(network.getName(), bytes);
            // A counter that went down was reset (interface restarted): no honest delta for this interval.
            if (before != null && bytes[0] >= before[0] && bytes[1] >= before[1]) {
                Map<String, String> dimensions = Map.of("Interface", network.getName());
                samples.add(sample("NetworkIn", dimensions, "Bytes", now, bytes[0] - before[0]));
                samples.add(sample("NetworkOut", dimensions, "Bytes", now, bytes[1] - before[1]));
            }
        }
        return samples;
    }

    private MetricSample sample(String name, Map<String, String> extra, String unit, Instant now, double value) {
        Map<String, String> dimensions = new HashMap<>(extra);
        dimensions.put("Host", host);
        return new MetricSample(MetricId.of(NAMESPACE, name, dimensions), unit, now, value);
    }

    private static String hostName(SystemInfo system) {
        String name = system.getOperatingSystem().getNetworkParams().getHostName();
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
