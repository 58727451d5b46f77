package app.rune.ui.shell;

import app.rune.platform.DesktopNotifier;
import app.rune.platform.TrayIcon;
import app.rune.service.reminder.Notifier;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the desktop offers beyond Rune's window: a tray to put an icon in, and the system's own notifications.
 * The real ones come from {@link app.rune.platform}; tests hand in stand-ins.
 */
record DesktopServices(TrayInstaller tray, Supplier<List<Notifier>> notificationRoutes) {

    DesktopServices(TrayInstaller tray, List<Notifier> notifications) {
        this(tray, () -> notifications);
    }

    /** The system's notification routes; the real ones are looked for on first use, not while Rune starts. */
    List<Notifier> notifications() {
        return notificationRoutes.get();
    }

    /** Rune's icon in the tray, as far as the app needs it: it can show a message and be taken away. */
    interface Tray extends Notifier {
        void remove();
    }

    /** Puts an icon with this menu in the tray; empty where there is no tray. May be slow: called off FX. */
    @FunctionalInterface
    interface TrayInstaller {
        Optional<Tray> install(URL icon, String tooltip, List<TrayIcon.MenuEntry> menu);
    }

    static final String ICON = "/app/rune/icons/rune-64.png";

    static DesktopServices none() {
        return new DesktopServices((icon, tooltip, menu) -> Optional.empty(), List.of());
    }

    /** The real desktop: AWT's tray, and on Linux notify-send (Windows and macOS use the tray's message). */
    static DesktopServices system() {
        TrayInstaller awt = (icon, tooltip, menu) -> TrayIcon.install(icon, tooltip, menu).map(installed -> new Tray() {
            @Override
            public boolean show(String title, String body, Runnable onOpen) {
                return installed.show(title, body, onOpen);
            }

            @Override
            public void remove() {
                installed.remove();
            }

            @Override
            public String toString() {
                return installed.toString();
            }
        });
        // Looking along the PATH for notify-send and copying the icon out take tens of milliseconds, on the thread
        // that would otherwise be starting JavaFX: they wait until the first reminder.
        return new DesktopServices(awt, once(() -> DesktopNotifier.isAvailable()
                ? List.of(new DesktopNotifier(Map.of(), iconFile()))
                : List.<Notifier>of()));
    }

    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    /** notify-send wants the icon as a file; the one in the jar is copied out once. */
    private static Path iconFile() {
        try (InputStream in = DesktopServices.class.getResourceAsStream(ICON)) {
            if (in == null) {
                return null;
            }
            Path file = Files.createTempFile("rune-icon", ".png");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            return null;
        }
    }
}
