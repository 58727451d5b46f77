package app.rune.service.today;

import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Today screen shows for one date: its tasks in priority order with what was recorded,
 * the day's check-in, the obstacles to suggest, and a recurring obstacle the coach wants to talk about.
 */
public record DayPlan(
        String userId,
        LocalDate date,
        LocalDate today,
        List<TaskDay> tasks,
        DailyProgress progress,
        List<String> obstacleSuggestions,
        ObstacleAlert alert) {

    public DayPlan {
        tasks = List.copyOf(tasks);
        obstacleSuggestions = List.copyOf(obstacleSuggestions);
    }

    public Optional<DailyProgress> recorded() {
        return Optional.ofNullable(progress);
    }

    public Optional<ObstacleAlert> obstacleAlert() {
        return Optional.ofNullable(alert);
    }

    public boolean isToday() {
        return date.equals(today);
    }

    public boolean restDay() {
        return progress != null && Boolean.TRUE.equals(progress.restDay());
    }

    public int completedCount() {
        return (int) tasks.stream().filter(TaskDay::completed).count();
    }
}
