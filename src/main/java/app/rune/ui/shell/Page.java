package app.rune.ui.shell;

import java.util.Locale;

/** The screens of the side navigation, in order, with their icon (Ikonli Feather) and text keys. */
public enum Page {
    GOAL("fth-target", "page.goal"),
    TODAY("fth-check-square", "page.today"),
    ANALYTICS("fth-bar-chart-2", "page.analytics"),
    SETTINGS("fth-settings", "page.settings");

    private final String iconLiteral;
    private final String key;

    Page(String iconLiteral, String key) {
        this.iconLiteral = iconLiteral;
        this.key = key;
    }

    public String iconLiteral() {
        return iconLiteral;
    }

    /** Resource-bundle key of the page's title; {@code key + ".about"} says what the page is for. */
    public String key() {
        return key;
    }

    /** The fx:id of the page's navigation button, for keyboard shortcuts and tests. */
    public String navId() {
        return "nav" + name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
