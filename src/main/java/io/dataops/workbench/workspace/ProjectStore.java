package io.dataops.workbench.workspace;

import java.util.List;

/** The projects registered in the workspace, samples included. */
public interface ProjectStore {
    List<Project> list();

    List<Project> list(Area area);

    Project add(String name, Area area, String location, String description);
}
