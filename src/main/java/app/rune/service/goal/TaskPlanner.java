package app.rune.service.goal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Breaks a goal into a few small daily tasks, most important first, sized near the person's preferred task
 * length and never more than their daily maximum. Templates for each kind come from the coach's bundle.
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
        for (String template : words.getString("tasks." + kind.name()).split(",")) {
            if (tasks.size() >= limits.maxDailyTasks()) {
                break;
            }
            String id = template.strip();
            String title = GoalText.capitalize(format("task." + id + ".title", subject));
            if (!titles.add(title)) {
                continue;
            }
            int natural = Integer.parseInt(words.getString("task." + id + ".minutes").strip());
            tasks.add(new ProposedTask(title, format("task." + id + ".description", subject),
                    format("task." + id + ".criteria", subject), fit(natural, limits.preferredTaskMinutes())));
        }
        return tasks;
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
