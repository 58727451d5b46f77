package app.rune.service.goal;

import java.util.Arrays;
import java.math.BigDecimal;
import app.rune.model.Weekday;
import app.rune.model.TargetKind;
import app.rune.model.TaskTarget;
import app.rune.model.TaskSchedule;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Breaks a goal into a few small tasks, most important first, sized near the person's preferred task length,
 * with the plan that suits each (a beginner's run three times a week, 20 pages a day), and never more on the
 * busiest day than their daily maximum. Templates for each kind come from the coach's bundle: a task's optional
 * {@code .schedule} is {@code week:3}, {@code month:4} or {@code days:mon,wed,fri}; its optional {@code .target}
 * is {@code 20 pages} (at least) or {@code at_most 2 cups}.
 */
public final class TaskPlanner {
    private final ResourceBundle words;

    public TaskPlanner(ResourceBundle words) {
        this.words = words;
    }

    public List<ProposedTask> propose(String goal, GoalKind kind, PlanningLimits limits) {
        String subject = GoalText.subject(kind, goal == null ? "" : goal)
                .orElseGet(() -> kind == GoalKind.GENERAL ? shortGoal(goal) : words.getString("subject." + kind.name()));
        List<ProposedTask> tasks = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        List<TaskSchedule> schedules = new ArrayList<>();
        for (String template : words.getString("tasks." + kind.name()).split(",")) {
            String id = template.strip();
            String title = GoalText.capitalize(format("task." + id + ".title", subject));
            TaskSchedule schedule = schedule(id);
            schedules.add(schedule);
            if (titles.contains(title) || BusiestDay.of(schedules).tasks() > limits.maxDailyTasks()) {
                schedules.remove(schedules.size() - 1);
                continue;
            }
            titles.add(title);
            int natural = Integer.parseInt(words.getString("task." + id + ".minutes").strip());
            tasks.add(new ProposedTask(title, format("task." + id + ".description", subject),
                    format("task." + id + ".criteria", subject), fit(natural, limits.preferredTaskMinutes()),
                    schedule, target(id)));
        }
        return tasks;
    }

    /** The catalogue's plan for a task: {@code week:3}, {@code month:4}, {@code days:mon,wed,fri}; none is every day. */
    private TaskSchedule schedule(String id) {
        String key = "task." + id + ".schedule";
        if (!words.containsKey(key)) {
            return null;
        }
        String[] plan = words.getString(key).strip().split(":", 2);
        return switch (plan[0]) {
            case "week" -> TaskSchedule.timesAWeek(Integer.parseInt(plan[1].strip()));
            case "month" -> TaskSchedule.timesAMonth(Integer.parseInt(plan[1].strip()));
            case "days" -> TaskSchedule.onDays(Arrays.stream(plan[1].split(","))
                    .map(d -> Weekday.valueOf(d.strip().toUpperCase(Locale.ROOT)).dayOfWeek()).toList());
            default -> throw new IllegalStateException("unknown schedule in the coach's bundle: " + key);
        };
    }

    /** The catalogue's amount for a task: {@code 20 pages} (at least) or {@code at_most 2 cups}. */
    private TaskTarget target(String id) {
        String key = "task." + id + ".target";
        if (!words.containsKey(key)) {
            return null;
        }
        String[] parts = words.getString(key).strip().split("\\s+", 3);
        boolean atMost = parts[0].equals("at_most");
        int at = atMost ? 1 : 0;
        String unit = String.join(" ", Arrays.asList(parts).subList(at + 1, parts.length));
        return new TaskTarget(new BigDecimal(parts[at]), unit.isEmpty() ? null : unit,
                atMost ? TargetKind.AT_MOST : TargetKind.AT_LEAST);
    }

    /**
     * A task's usual length, moved towards the person's preferred length (within half to one and a half times
     * it) and rounded to five minutes, so "20 minutes of flashcards" becomes 10 for someone who likes short tasks.
     */
    static int fit(int natural, int preferred) {
        int low = (int) Math.ceil(preferred * 0.5);
        int high = (int) Math.floor(preferred * 1.5);
        int minutes = Math.max(low, Math.min(high, natural));
        if (preferred >= 10) {
            int rounded = (int) Math.round(minutes / 5.0) * 5;
            minutes = rounded > high ? rounded - 5 : rounded < low ? rounded + 5 : rounded;
        }
        return Math.max(1, Math.min(1440, minutes));
    }

    private static String shortGoal(String goal) {
        String text = TimeFrame.strip(GoalText.withoutOpening(goal == null ? "" : goal));
        String lowered = text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        return lowered.length() > 40 ? lowered.substring(0, 37).strip() + "\u2026" : lowered;
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), Locale.ENGLISH).format(arguments);
    }
}
