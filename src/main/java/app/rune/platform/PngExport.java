package app.rune.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a node shows (a chart) as a PNG file, at the screen's scale. */
public final class PngExport {
    private PngExport() {
    }

    /** Must run on the FX thread (it takes a snapshot); the file is written whole or not at all. */
    public static void save(Node node, Path file) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        WritableImage image = node.snapshot(parameters, null);
        Path folder = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".rune-chart", ".png");
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", temp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
