package app.rune.platform;

import app.rune.service.reminder.Notifier;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rune's icon in the system tray, where the desktop has one: Open, Check in now, Snooze 15 minutes, Quit; and
 * its balloon as the notification route on Windows and macOS. {@code SystemTray.isSupported()} can say yes and
 * then fail (or fail itself), so every step is guarded and "no tray" is an ordinary answer.
 */
public final class TrayIcon implements Notifier {
    private static final Logger LOG = System.getLogger(TrayIcon.class.getName());

    /**
     * One line of the tray's menu; {@code action} runs on AWT's thread, so it hands over to the app itself. A null
     * entry is a separator.
     */
    public record MenuEntry(String label, Runnable action) {
    }

    private final java.awt.TrayIcon icon;
    /** What a click on the icon (or, on Windows, on its message) does: open, or after a reminder open Today. */
    private volatile Runnable onClick = () -> { };

    private TrayIcon(java.awt.TrayIcon icon) {
        this.icon = icon;
    }

    /**
     * Puts the icon in the tray; empty when there is no tray (or it misbehaves). A click on the icon itself runs
     * the first entry's action. Call it off the JavaFX thread: AWT starts up here.
     */
    public static Optional<TrayIcon> install(URL image, String tooltip, List<MenuEntry> entries) {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return Optional.empty();
            }
            Image picture = Toolkit.getDefaultToolkit().getImage(image);
            PopupMenu menu = new PopupMenu();
            for (MenuEntry entry : entries) {
                if (entry == null) {
                    menu.addSeparator();
                } else {
                    menu.add(item(entry.label(), entry.action()));
                }
            }
            java.awt.TrayIcon icon = new java.awt.TrayIcon(picture, tooltip, menu);
            icon.setImageAutoSize(true);
            TrayIcon tray = new TrayIcon(icon);
            entries.stream().filter(Objects::nonNull).findFirst()
                    .ifPresent(first -> tray.onClick = first.action());
            icon.addActionListener(e -> tray.onClick.run());
            SystemTray.getSystemTray().add(icon);
            return Optional.of(tray);
        } catch (Exception | LinkageError | java.awt.AWTError e) {
            // A tray that says it is supported and then fails, or native code that is missing: no tray, no harm.
            LOG.log(Level.INFO, "No system tray here", e);
            return Optional.empty();
        }
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(e -> action.run());
        return item;
    }

    @Override
    public boolean show(String title, String body, Runnable onOpen) {
        try {
            onClick = onOpen;
            icon.displayMessage(title, body, java.awt.TrayIcon.MessageType.INFO);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "The tray could not show a message", e);
            return false;
        }
    }

    public void remove() {
        try {
            SystemTray.getSystemTray().remove(icon);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not remove the tray icon", e);
        }
    }

    @Override
    public String toString() {
        return "the tray icon's message";
    }
}
