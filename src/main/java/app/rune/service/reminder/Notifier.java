package app.rune.service.reminder;

/**
 * A way to put a notification in front of the person: the desktop's notifications, the tray icon's balloon, or a
 * message inside the window. Implementations that need AWT or D-Bus live in {@code app.rune.platform}.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Shows the notification; {@code onOpen} runs if the person clicks it (where the desktop supports that).
     *
     * @return false when this route cannot show it (no daemon, no tray), so the next route can be tried
     */
    boolean show(String title, String body, Runnable onOpen);
}
