package io.dataops.workbench.common.logging;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Reports logback's own warnings and errors (a broken configuration, an unwritable log file) on stderr and
 * keeps quiet otherwise. Registering a listener also stops logback from printing its status on stdout.
 */
public final class StderrWarningsStatusListener implements StatusListener {

    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.WARN) {
            System.err.println("logging: " + status.getMessage());
        }
    }
}
