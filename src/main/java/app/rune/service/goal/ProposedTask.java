package app.rune.service.goal;

/** A daily task the coach suggests; the person edits it before approving. {@code minutes} per day. */
public record ProposedTask(String title, String description, String successCriteria, int minutes) {
}
