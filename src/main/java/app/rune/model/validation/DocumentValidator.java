package app.rune.model.validation;

import static app.rune.model.validation.Problems.field;
import static app.rune.model.validation.Problems.index;

import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationMessage;
import app.rune.model.DailyProgress;
import app.rune.model.GoalPatterns;
import app.rune.model.PendingAction;
import app.rune.model.ReminderSettings;
import app.rune.model.StreakRecords;
import app.rune.model.TaskEntry;
import app.rune.model.TaskStreak;
import app.rune.model.TaskTrend;
import app.rune.model.StoredDocument;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a stored document must keep beyond its JSON types: required fields, ranges, non-empty titles,
 * unique task ids, and the {@link StoredText} rules for every text and name in it. Each method reports every
 * problem it finds, each with the path it was found at. Imports and restores check with it, and so do the
 * services before they store what a person typed.
 */
public final class DocumentValidator {
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MIN_DAILY_TASKS = 1;
    public static final int MAX_DAILY_TASKS = 10;
    public static final int MINUTES_PER_DAY = 24 * 60;
    /**
     * What is wrong with {@code amount} as a day's amount of a measurable task (below 0, more than 3 decimals,
     * beyond any count), in words that follow the amount; empty when it is fine.
     */
    public static java.util.Optional<String> amountProblem(java.math.BigDecimal amount) {
        Problems p = new Problems();
        PlanRules.checkAmount(p, "", amount);
        return p.list().stream().map(Problem::message).findFirst();
    }

    /** The problems of any of the five kinds of document, {@code path} naming where it is in a file. */
    public List<Problem> validate(StoredDocument document, String path) {
        return switch (document.collection()) {
            case USER_GOALS -> validate((UserGoals) document, path);
            case DAILY_PROGRESS -> validate((DailyProgress) document, path);
            case USER_PREFERENCES -> validate((UserPreferences) document, path);
            case USER_ANALYTICS -> validate((UserAnalytics) document, path);
            case CONVERSATION_CONTEXT -> validate((ConversationContext) document, path);
        };
    }

    public List<Problem> validate(UserGoals goals, String path) {
        return GoalRules.validate(goals, path);
    }

    public List<Problem> validate(DailyProgress progress, String path) {
        Problems p = new Problems();
        StoredText.checkEveryText(progress, path, p);
        requireText(p, field(path, "_id"), progress.id());
        requireText(p, field(path, "user_id"), progress.userId());
        if (progress.date() == null) {
            p.add(field(path, "date"), "missing");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < progress.tasks().size(); i++) {
            TaskEntry entry = progress.tasks().get(i);
            String at = index(field(path, "tasks"), i);
            checkName(p, field(at, "task_id"), entry.taskId());
            requireText(p, field(at, "task_title"), entry.taskTitle());
            if (entry.taskId() != null && !seen.add(entry.taskId())) {
                p.add(field(at, "task_id"), Problems.quote(entry.taskId()) + " appears more than once on this day");
            }
            checkRating(p, field(at, "difficulty_rating"), entry.difficultyRating());
            checkRating(p, field(at, "satisfaction_rating"), entry.satisfactionRating());
            for (int j = 0; j < entry.obstacles().size(); j++) {
                checkName(p, index(field(at, "obstacles"), j), entry.obstacles().get(j));
            }
            if (entry.amount() != null) {
                PlanRules.checkAmount(p, field(at, "amount"), entry.amount());
            }
        }
        checkRating(p, field(path, "overall_day_rating"), progress.overallDayRating());
        return p.list();
    }

    public List<Problem> validate(UserPreferences preferences, String path) {
        Problems p = new Problems();
        StoredText.checkEveryText(preferences, path, p);
        requireText(p, field(path, "_id"), preferences.id());
        CommunicationStyle style = preferences.communicationStyle();
        if (style != null) {
            notBlankIfPresent(p, field(field(path, "communication_style"), "cultural_context"), style.culturalContext());
        }
        ReminderSettings reminders = preferences.reminderSettings();
        if (reminders != null) {
            notBlankIfPresent(p, field(field(path, "reminder_settings"), "reminder_message_style"),
                    reminders.reminderMessageStyle());
        }
        GoalPatterns patterns = preferences.goalPatterns();
        if (patterns != null) {
            String at = field(path, "goal_patterns");
            // Offered as obstacles on the Today screen, so held to the same rules as obstacle names.
            for (int i = 0; i < patterns.typicalObstacles().size(); i++) {
                checkName(p, index(field(at, "typical_obstacles"), i), patterns.typicalObstacles().get(i));
            }
            checkTags(p, field(at, "success_patterns"), patterns.successPatterns());
            checkRange(p, field(at, "preferred_task_duration"), patterns.preferredTaskDuration(), 1, MINUTES_PER_DAY);
            checkRange(p, field(at, "max_daily_tasks"), patterns.maxDailyTasks(), MIN_DAILY_TASKS, MAX_DAILY_TASKS);
            PlanRules.checkDayStart(p, field(at, "day_starts_at"), patterns);
        }
        return p.list();
    }

    public List<Problem> validate(UserAnalytics analytics, String path) {
        Problems p = new Problems();
        // Also checks the keys of the per-obstacle and per-task maps: each is a name.
        StoredText.checkEveryText(analytics, path, p);
        requireText(p, field(path, "_id"), analytics.id());
        checkShare(p, field(path, "goal_completion_rate"), analytics.goalCompletionRate());
        checkShare(p, field(path, "average_task_completion"), analytics.averageTaskCompletion());
        StreakRecords streaks = analytics.streakRecords();
        if (streaks != null) {
            String at = field(path, "streak_records");
            checkRange(p, field(at, "current_streak"), streaks.currentStreak(), 0, Integer.MAX_VALUE);
            checkRange(p, field(at, "longest_streak"), streaks.longestStreak(), 0, Integer.MAX_VALUE);
            if (streaks.currentStreak() > streaks.longestStreak()) {
                p.add(field(at, "current_streak"), streaks.currentStreak()
                        + " is longer than longest_streak " + streaks.longestStreak());
            }
        }
        for (Map.Entry<String, Integer> e : analytics.commonObstacles().entrySet()) {
            String at = field(field(path, "common_obstacles"), e.getKey());
            if (e.getValue() == null) {
                p.add(at, "missing count");
            } else {
                checkRange(p, at, e.getValue(), 0, Integer.MAX_VALUE);
            }
        }
        for (int i = 0; i < analytics.bestPerformingTimes().size(); i++) {
            LocalTime time = analytics.bestPerformingTimes().get(i);
            if (time.getMinute() != 0) {
                p.add(index(field(path, "best_performing_times"), i), "\"" + time + "\" is not a whole hour (HH:00)");
            }
        }
        for (Map.Entry<String, TaskStreak> e : analytics.taskStreaks().entrySet()) {
            String at = field(field(path, "task_streaks"), e.getKey());
            TaskStreak streak = e.getValue();
            if (streak == null) {
                p.add(at, "must be an object");
                continue;
            }
            if (streak.unit() == null) {
                p.add(field(at, "unit"), "missing (days, weeks or months)");
            }
            checkRange(p, field(at, "current"), streak.current(), 0, Integer.MAX_VALUE);
            checkRange(p, field(at, "longest"), streak.longest(), 0, Integer.MAX_VALUE);
            if (streak.current() != null && streak.longest() != null && streak.current() > streak.longest()) {
                p.add(field(at, "current"), streak.current() + " is longer than longest " + streak.longest());
            }
        }
        for (Map.Entry<String, TaskTrend> e : analytics.taskDifficultyTrends().entrySet()) {
            String at = field(field(path, "task_difficulty_trends"), e.getKey());
            TaskTrend trend = e.getValue();
            if (trend == null) {
                p.add(at, "must be an object");
                continue;
            }
            if (trend.avgDifficulty() != null
                    && (trend.avgDifficulty() < MIN_RATING || trend.avgDifficulty() > MAX_RATING)) {
                p.add(field(at, "avg_difficulty"), trend.avgDifficulty() + " is outside 1..5");
            }
            checkShare(p, field(at, "completion_rate"), trend.completionRate());
        }
        return p.list();
    }

    public List<Problem> validate(ConversationContext context, String path) {
        Problems p = new Problems();
        StoredText.checkEveryText(context, path, p);
        requireText(p, field(path, "_id"), context.id());
        for (int i = 0; i < context.pendingActions().size(); i++) {
            PendingAction action = context.pendingActions().get(i);
            String at = index(field(path, "pending_actions"), i);
            requireText(p, field(at, "action"), action.action());
            // Ids of a task and a goal, held to the rules those ids are held to where they are given.
            if (action.taskId() != null) {
                checkName(p, field(at, "task_id"), action.taskId());
            }
            if (action.goalId() != null) {
                checkName(p, field(at, "goal_id"), action.goalId());
            }
        }
        if (context.interactionCount() != null) {
            checkRange(p, field(path, "interaction_count"), context.interactionCount(), 0, Integer.MAX_VALUE);
        }
        List<ConversationMessage> messages = context.recentMessages();
        if (messages.size() > ConversationContext.MAX_RECENT_MESSAGES) {
            p.add(field(path, "recent_messages"), messages.size() + " messages, but only the newest "
                    + ConversationContext.MAX_RECENT_MESSAGES + " are kept");
        }
        for (int i = 0; i < messages.size(); i++) {
            ConversationMessage message = messages.get(i);
            String at = index(field(path, "recent_messages"), i);
            if (message.from() == null) {
                p.add(field(at, "from"), "missing (coach or user)");
            }
            requireText(p, field(at, "text"), message.text());
            if (message.createdAt() == null) {
                p.add(field(at, "created_at"), "missing");
            }
        }
        return p.list();
    }

    private void checkTags(Problems p, String path, List<String> tags) {
        for (int i = 0; i < tags.size(); i++) {
            requireText(p, index(path, i), tags.get(i));
        }
    }

    static void requireText(Problems p, String path, String value) {
        if (value == null) {
            p.add(path, "missing");
        } else if (value.isBlank()) {
            p.add(path, "must not be empty");
        }
    }

    /**
     * Task ids and obstacle names become field names (of the analytics' per-task and per-obstacle maps): a name
     * that could be stored here but not as a field name would make analytics that no backup can bring back.
     */
    static void checkName(Problems p, String path, String name) {
        if (name == null) {
            p.add(path, "missing");
        } else {
            StoredText.nameProblem(name).ifPresent(why -> p.add(path, why));
        }
    }

    private static void notBlankIfPresent(Problems p, String path, String value) {
        if (value != null && value.isBlank()) {
            p.add(path, "must not be empty");
        }
    }

    private static void checkRating(Problems p, String path, Integer rating) {
        checkRange(p, path, rating, MIN_RATING, MAX_RATING);
    }

    static void checkRange(Problems p, String path, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            String why = max == Integer.MAX_VALUE ? "below " + min : "outside " + min + ".." + max;
            p.add(path, value + " is " + why);
        }
    }

    private static void checkShare(Problems p, String path, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            p.add(path, value + " is outside 0..1");
        }
    }
}
