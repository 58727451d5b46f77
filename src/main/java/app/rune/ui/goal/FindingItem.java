package app.rune.ui.goal;

/** One line of the coach's review as the screen shows it: the criterion, whether it is met, and why. */
public record FindingItem(String criterion, boolean met, String text) {
}
