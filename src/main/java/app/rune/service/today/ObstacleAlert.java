package app.rune.service.today;

import java.util.List;

/**
 * The same task skipped for the same reason or obstacle twice within a week: the coach offers to change the
 * task. {@code cause} is the obstacle or reason that keeps coming back; {@code times} how often in the week.
 */
public record ObstacleAlert(String taskId, String taskTitle, String cause, int times, List<ObstacleOption> options) {
    public ObstacleAlert {
        options = List.copyOf(options);
    }
}
