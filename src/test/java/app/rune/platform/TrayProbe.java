package app.rune.platform;

import java.util.List;

/** Run in its own JVM on a test display: tries to put Rune's icon in the tray and says whether it could. */
public final class TrayProbe {
    private TrayProbe() {
    }

    public static void main(String[] args) {
        var icon = TrayProbe.class.getResource("/app/rune/icons/rune-64.png");
        var tray = TrayIcon.install(icon, "Rune", List.of(new TrayIcon.MenuEntry("Open Rune", () -> { })));
        System.out.println(tray.isPresent() ? "installed" : "no tray");
        tray.ifPresent(TrayIcon::remove);
        System.exit(0);
    }
}
