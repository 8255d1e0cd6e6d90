package io.dataops.workbench.ui.monitoring.chart;

/** Where the last frame put the plot and what it showed: maps between pixels and (time, value). */
record PlotArea(double left, double top, double width, double height, double xMin, double xMax, double yMin,
                double yMax) {

    double toPixelX(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    double toPixelY(double y) {
        return top + height - (y - yMin) / (yMax - yMin) * height;
    }

    double toX(double pixelX) {
        return xMin + (pixelX - left) / width * (xMax - xMin);
    }

    boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }
}
