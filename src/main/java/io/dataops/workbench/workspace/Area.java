package io.dataops.workbench.workspace;

/** The workbench's areas; projects and recent items belong to one. */
public enum Area {
    INFRASTRUCTURE, DATA_QUALITY, MONITORING
}
