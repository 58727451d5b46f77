package app.rune;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Rune's version, as Maven wrote it into the jar when it was built. */
public final class RuneVersion {
    private RuneVersion() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = RuneVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
