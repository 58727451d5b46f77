package app.rune.platform;

import static app.rune.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PngExportTest {
    private Region chart;

    @Start
    void start(Stage stage) {
        chart = new Region();
        chart.setStyle("-fx-background-color: #0f766e;");
        chart.setPrefSize(120, 80);
        chart.setMaxSize(120, 80);
        stage.setScene(new Scene(new StackPane(chart), 200, 150));
        stage.show();
    }

    @Test
    void aNodeIsSavedAsAPngOfItsSize(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("chart.png");

        fx(() -> {
            PngExport.save(chart, file);
            return null;
        });

        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(80);
        assertThat(image.getRGB(60, 40) & 0xFFFFFF).isEqualTo(0x0F766E);
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }
}
