package app.rune.ui.settings;

/** Light or dark, or whatever the operating system uses where that can be known. */
public enum Theme {
    SYSTEM, LIGHT, DARK
}
