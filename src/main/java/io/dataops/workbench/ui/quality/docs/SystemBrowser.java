package io.dataops.workbench.ui.quality.docs;

import io.dataops.workbench.common.UserFacingException;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;

/** Opens a page in the user's browser; called off the FX thread (AWT's Desktop may block). */
public final class SystemBrowser {

    private SystemBrowser() {
    }

    public static void open(URI page) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            throw new UserFacingException("This desktop cannot open a browser from Java; open " + page + " by hand.");
        }
        try {
            Desktop.getDesktop().browse(page);
        } catch (IOException e) {
            throw new UserFacingException("Could not open " + page + " in the browser: " + e.getMessage(), e);
        }
    }
}
