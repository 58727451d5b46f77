package app.rune.service.today;

import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Today screen shows for one date: its tasks in priority order with what was recorded, the day's
 * check-in, and, when it was worked out, the obstacle coaching (the skip form's suggestions and a recurring
 * obstacle the coach wants to talk about). A tick, a note or a check-in cannot change the coaching, so the day
 * they return leaves it out and the screen keeps what it showed.
 *
 * @param coaching the suggestions and the alert; null when not worked out for this answer
 * @param hasTasks whether the person has approved tasks at all: a day without any of them planned is then a day
 *     with nothing due, not one without a plan
 */
public record DayPlan(
        String userId,
        LocalDate date,
        LocalDate today,
        List<TaskDay> tasks,
        DailyProgress progress,
        Coaching coaching,
        boolean hasTasks) {

    /** The obstacles to suggest in the skip form (usual ones first, then recent ones) and the coach's alert. */
    public record Coaching(List<String> obstacleSuggestions, ObstacleAlert alert) {
        public Coaching {
            obstacleSuggestions = List.copyOf(obstacleSuggestions);
        }
    }

    public DayPlan {
        tasks = List.copyOf(tasks);
    }

    public Optional<DailyProgress> recorded() {
        return Optional.ofNullable(progress);
    }

    /** Whether this answer carries the coaching; when not, what was shown before still holds. */
    public boolean hasCoaching() {
        return coaching != null;
    }

    public List<String> obstacleSuggestions() {
        return coaching == null ? List.of() : coaching.obstacleSuggestions();
    }

    public Optional<ObstacleAlert> obstacleAlert() {
        return coaching == null ? Optional.empty() : Optional.ofNullable(coaching.alert());
    }

    /**
     * Whether the day's tasks come from more than one goal (or an entry of a task no goal has now stands beside
     * one goal's): they are then shown under their goals' titles.
     */
    public boolean byGoal() {
        return tasks.stream().map(TaskDay::goalId).distinct().count() > 1;
    }

    public boolean isToday() {
        return date.equals(today);
    }

    public boolean restDay() {
        return progress != null && Boolean.TRUE.equals(progress.restDay());
    }

    /** The person has tasks, but none on this day (only weekday tasks, none of them on this weekday). */
    public boolean nothingDue() {
        return hasTasks && tasks.stream().noneMatch(t -> !t.flexible());
    }

    public int completedCount() {
        return (int) tasks.stream().filter(TaskDay::completed).count();
    }
}
