package app.rune.service.goal;

/**
 * A daily task as the person left it in the table: {@code id} is null for a task they added, and kept for one
 * that already exists, so its history stays attached. Priority is the draft's position in the list.
 */
public record TaskDraft(String id, String title, String description, String successCriteria, Integer minutes) {
}
