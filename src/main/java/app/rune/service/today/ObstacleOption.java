package app.rune.service.today;

/**
 * A concrete change to a task that keeps being skipped: a shorter version, the person's best hour, or a
 * different task for the same goal. {@code title}, {@code minutes} and {@code description} are what the task
 * becomes if the person accepts; its id stays the same.
 */
public record ObstacleOption(Kind kind, String title, int minutes, String description, String successCriteria) {

    public enum Kind { SHORTER, BEST_HOUR, SWAP }
}
