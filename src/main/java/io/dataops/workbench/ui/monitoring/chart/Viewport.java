package io.dataops.workbench.ui.monitoring.chart;

/**
 * The chart's visible time range inside its full range: zooming and panning move it, never past the full
 * range's ends, and never narrower than a second.
 */
final class Viewport {

    static final double MIN_SPAN = 1000;

    private double fullFrom;
    private double fullTo;
    private double from;
    private double to;

    void setFull(double newFrom, double newTo, boolean keepZoom) {
        boolean zoomed = isZoomed();
        double followEnd = newTo - fullTo;
        fullFrom = newFrom;
        fullTo = newTo;
        if (keepZoom && zoomed) {
            // Zoomed at the right edge: follow the live end; zoomed elsewhere: stay put.
            if (to >= newTo - followEnd - 1) {
                from += followEnd;
                to += followEnd;
            }
            clamp();
        } else {
            from = newFrom;
            to = newTo;
        }
    }

    boolean isZoomed() {
        return to - from < fullTo - fullFrom - 1e-6;
    }

    void zoom(double factor, double anchor) {
        double span = Math.max(MIN_SPAN, Math.min(fullTo - fullFrom, (to - from) * factor));
        double ratio = (anchor - from) / (to - from);
        from = anchor - ratio * span;
        to = from + span;
        clamp();
    }

    void pan(double delta) {
        from += delta;
        to += delta;
        clamp();
    }

    void reset() {
        from = fullFrom;
        to = fullTo;
    }

    double from() {
        return from;
    }

    double to() {
        return to;
    }

    private void clamp() {
        double span = Math.min(to - from, fullTo - fullFrom);
        if (from < fullFrom) {
            from = fullFrom;
            to = from + span;
        }
        if (to > fullTo) {
            to = fullTo;
            from = to - span;
        }
    }
}
