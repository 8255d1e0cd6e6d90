package io.dataops.workbench.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs code on the FX thread from a test and returns its result. Building a whole area can take tens of
 * seconds on a busy two-core build machine, so the limit is a minute; it only matters when something hangs.
 */
public final class Fx {

    private Fx() {
    }

    public static <T> T call(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Waits (up to 10 s) for a condition checked on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> call(condition));
        } catch (Exception e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
    }
}
