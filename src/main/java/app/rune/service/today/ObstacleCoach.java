package app.rune.service.today;

import app.rune.model.ConversationPhase;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.PendingAction;
import app.rune.model.GoalPatterns;
import app.rune.model.TaskEntry;
import app.rune.model.UserAnalytics;
import app.rune.model.PlacedGoal;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.service.conversation.ConversationService;
import app.rune.service.goal.GoalReviewer;
import app.rune.service.goal.PlanningLimits;
import app.rune.service.goal.ProposedTask;
import app.rune.service.goal.TaskPlanner;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.DailyProgressRepository;
import app.rune.store.DocumentRepository;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Notices when the same task is skipped for the same reason or obstacle twice within seven days, moves the
 * conversation to {@code obstacle_solving}, and offers concrete changes to the task: shorter, at the person's
 * best hour, or swapped for another task towards the same goal. The task keeps its id whatever changes.
 */
public final class ObstacleCoach {
    public static final String RESOLVE_OBSTACLE = "resolve_recurring_obstacle";
    static final int WINDOW_DAYS = 7;
    static final int TIMES = 2;

    private final DailyProgressRepository progress;
    private final DocumentRepository<UserGoals> goals;
    private final DocumentRepository<UserPreferences> preferences;
    private final DocumentRepository<UserAnalytics> analytics;
    private final ConversationService conversation;
    private final TaskPlanner planner;
    private final ResourceBundle words;

    public ObstacleCoach(DailyProgressRepository progress, DocumentRepository<UserGoals> goals,
            DocumentRepository<UserPreferences> preferences, DocumentRepository<UserAnalytics> analytics,
            ConversationService conversation, ResourceBundle words) {
        this.progress = progress;
        this.goals = goals;
        this.preferences = preferences;
        this.analytics = analytics;
        this.conversation = conversation;
        this.words = words;
        this.planner = new TaskPlanner(words);
    }

    /** What keeps stopping {@code taskId} in the week up to {@code date}, if anything stopped it twice. */
    record Recurrence(String taskId, String taskTitle, String cause, int times) {
    }

    /**
     * After a skip: if the task's obstacle or reason has come back, the coach waits for the person to choose
     * what to change. Returns whether it stepped in.
     */
    boolean checkAfterSkip(String userId, LocalDate date, String taskId, LocalDate today) {
        Optional<Recurrence> recurrence = recurrence(userId, taskId, date);
        if (recurrence.isEmpty() || conversation.isPending(userId, RESOLVE_OBSTACLE)) {
            return false;
        }
        Recurrence r = recurrence.get();
        // The wait keeps its task, so the alert stays about this task while the coach waits.
        conversation.awaitAction(userId, ConversationPhase.OBSTACLE_SOLVING, RESOLVE_OBSTACLE,
                "\u201c" + r.cause() + "\u201d stopped " + r.taskTitle() + " " + r.times() + " times in "
                        + WINDOW_DAYS + " days", r.taskId());
        return true;
    }

    /** The task the coach is waiting about, kept with the pending action. */
    private Optional<String> pendingTask(String userId) {
        return conversation.find(userId).flatMap(c -> c.pendingActions().stream()
                .filter(p -> p.action().equals(RESOLVE_OBSTACLE)).findFirst())
                .map(PendingAction::taskId);
    }

    /** The alert to show while the coach waits: the most recent recurring obstacle of any current task. */
    Optional<ObstacleAlert> alert(String userId, LocalDate today) {
        if (!conversation.isPending(userId, RESOLVE_OBSTACLE)) {
            return Optional.empty();
        }
        return waitingAbout(userId, today).map(r -> new ObstacleAlert(r.taskId(), r.taskTitle(), r.cause(),
                r.times(), options(userId, r.taskId())));
    }

    private Optional<Recurrence> waitingAbout(String userId, LocalDate today) {
        Optional<String> task = pendingTask(userId);
        return task.isPresent() ? recurrence(userId, task.get(), today) : latestRecurrence(userId, today);
    }

    void accept(String userId, ObstacleOption.Kind kind, LocalDate today) {
        Recurrence recurrence = waitingAbout(userId, today)
                .orElseThrow(() -> new InvalidCheckInException("today.error.noObstacle",
                        "There is no recurring obstacle to solve right now."));
        ObstacleOption option = options(userId, recurrence.taskId()).stream().filter(o -> o.kind() == kind)
                .findFirst().orElseThrow(() -> new InvalidCheckInException("today.error.noObstacle",
                        "That option is not available for this task."));
        UserGoals current = goals.findById(userId).orElseThrow().withIds();
        PlacedGoal goal = current.goalOfTask(recurrence.taskId()).filter(g -> g.place().current())
                .orElseThrow(() -> new InvalidCheckInException("today.error.noObstacle",
                        "That task is no longer one of your goals' tasks."));
        List<DailyTask> tasks = new ArrayList<>();
        for (DailyTask task : goal.goal().dailyTasks()) {
            tasks.add(task.id().equals(recurrence.taskId())
                    // The task keeps its plan and its earlier schedules; a different task keeps the days but not
                    // an amount that was the old task's.
                    ? new DailyTask(task.id(), option.title(), option.description(), option.successCriteria(),
                            option.minutes(), task.priority(), task.createdAt(), task.schedule(),
                            kind == ObstacleOption.Kind.SWAP ? null : task.target(), task.earlierSchedules())
                    : task);
        }
        goals.save(current.replacing(goal.id(), goal.goal().withTasks(tasks)));
        conversation.settleAction(userId, RESOLVE_OBSTACLE, ConversationPhase.DAILY_TRACKING);
    }

    void dismiss(String userId) {
        if (conversation.isPending(userId, RESOLVE_OBSTACLE)) {
            conversation.settleAction(userId, RESOLVE_OBSTACLE, ConversationPhase.DAILY_TRACKING);
        }
    }

    private Optional<Recurrence> latestRecurrence(String userId, LocalDate today) {
        List<DailyProgress> week = progress.findByUserBetween(userId, today.minusDays(WINDOW_DAYS - 1L), today);
        for (int i = week.size() - 1; i >= 0; i--) {
            for (TaskEntry entry : week.get(i).tasks()) {
                if (isSkip(entry) && currentTask(userId, entry.taskId()).isPresent()) {
                    Optional<Recurrence> found = recurrence(userId, entry.taskId(), week.get(i).date());
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Counts, for each reason and obstacle of the task's skips in the week up to {@code date}, the days it came. */
    Optional<Recurrence> recurrence(String userId, String taskId, LocalDate date) {
        List<DailyProgress> week = progress.findByUserBetween(userId, date.minusDays(WINDOW_DAYS - 1L), date);
        Map<String, Integer> counts = new LinkedHashMap<>();
        String title = taskId;
        for (int i = week.size() - 1; i >= 0; i--) {
            for (TaskEntry entry : week.get(i).tasks()) {
                if (entry.taskId().equals(taskId) && isSkip(entry)) {
                    title = entry.taskTitle();
                    Set<String> causes = new HashSet<>(entry.obstacles());
                    if (entry.skipReason() != null) {
                        causes.add(entry.skipReason());
                    }
                    causes.forEach(c -> counts.merge(c, 1, Integer::sum));
                }
            }
        }
        String taskTitle = currentTask(userId, taskId).map(DailyTask::title).orElse(title);
        return counts.entrySet().stream().filter(e -> e.getValue() >= TIMES)
                .max(Map.Entry.comparingByValue())
                .map(e -> new Recurrence(taskId, taskTitle, e.getKey(), e.getValue()));
    }

    private List<ObstacleOption> options(String userId, String taskId) {
        Optional<DailyTask> found = currentTask(userId, taskId);
        if (found.isEmpty()) {
            return List.of();
        }
        DailyTask task = found.get();
        int minutes = task.estimatedTime() == null ? NewUserDefaults.TASK_MINUTES : task.estimatedTime();
        String description = task.description() == null ? "" : task.description();
        List<ObstacleOption> options = new ArrayList<>();
        int shorter = Math.max(1, minutes >= 10 ? (minutes / 2 + 4) / 5 * 5 : minutes / 2);
        if (shorter < minutes) {
            options.add(new ObstacleOption(ObstacleOption.Kind.SHORTER, task.title(), shorter,
                    format("obstacle.shorter", shorter, withoutHour(description)), task.successCriteria()));
        }
        bestHour(userId).ifPresent(hour -> options.add(new ObstacleOption(ObstacleOption.Kind.BEST_HOUR,
                task.title(), minutes, format("obstacle.bestHour", hour.toString(), withoutHour(description)),
                task.successCriteria())));
        swap(userId, task).ifPresent(options::add);
        return options;
    }

    /** The hour the person most often finishes tasks at, as the analytics found it. */
    private Optional<LocalTime> bestHour(String userId) {
        return analytics.findById(userId).map(UserAnalytics::bestPerformingTimes)
                .filter(times -> !times.isEmpty()).map(times -> times.get(0));
    }

    private Optional<ObstacleOption> swap(String userId, DailyTask task) {
        // A task to swap in comes from the coach's ideas for the task's own goal, unlike any of its tasks.
        Optional<PlacedGoal> owner = goals.findById(userId).flatMap(g -> g.goalOfTask(task.id()));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String goal = owner.get().title();
        Set<String> taken = new HashSet<>();
        owner.get().goal().dailyTasks().forEach(t -> taken.add(t.title().toLowerCase(Locale.ROOT)));
        int preferred = preferences.findById(userId).map(UserPreferences::goalPatterns)
                .map(GoalPatterns::preferredTaskDuration).orElse(NewUserDefaults.TASK_MINUTES);
        for (ProposedTask proposal : planner.propose(goal, GoalReviewer.kindOf(goal), new PlanningLimits(preferred, 10))) {
            if (!taken.contains(proposal.title().toLowerCase(Locale.ROOT))) {
                return Optional.of(new ObstacleOption(ObstacleOption.Kind.SWAP, proposal.title(), proposal.minutes(),
                        proposal.description(), proposal.successCriteria()));
            }
        }
        return Optional.empty();
    }

    private Optional<DailyTask> currentTask(String userId, String taskId) {
        return goals.findById(userId).flatMap(g -> g.currentGoals().stream()
                .flatMap(placed -> placed.goal().dailyTasks().stream()).filter(t -> t.id().equals(taskId))
                .findFirst());
    }

    private static boolean isSkip(TaskEntry entry) {
        return !entry.completed() && (entry.skipReason() != null || !entry.obstacles().isEmpty());
    }

    /** A description without an earlier change's lead-in, so changes do not pile up. */
    private String withoutHour(String description) {
        String text = description;
        for (String key : new String[] {"obstacle.bestHour", "obstacle.shorter"}) {
            String lead = words.getString(key + ".lead");
            text = text.replaceFirst("^" + lead + " ", "");
        }
        return text;
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), Locale.ENGLISH).format(arguments).strip();
    }
}
