package io.dataops.workbench.workspace;

import java.util.List;

/** Most recently opened items, newest first, restored on restart. */
public interface RecentItems {
    List<RecentItem> list(int limit);

    void touch(Area area, String label, String location);
}
