package io.dataops.workbench.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** README screenshots from TestFX flows: only with {@code -Dscreenshots.dir=DIR}; otherwise nothing is written. */
public final class Screenshots {

    private Screenshots() {
    }

    public static void save(Stage stage, String name) {
        String dirName = System.getProperty("screenshots.dir");
        if (dirName == null) {
            return;
        }
        WritableImage image = Fx.call(() -> stage.getScene().snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", Path.of(dirName).resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
