package app.rune.service.today;

import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.TaskEntry;
import app.rune.model.UserPreferences;
import app.rune.model.validation.DocumentValidator;
import app.rune.service.coach.Coach;
import app.rune.service.coach.CoachIntent;
import app.rune.service.conversation.ConversationService;
import app.rune.service.goal.GoalService;
import app.rune.service.user.UserSummaryService;
import app.rune.store.AtomicChanges;
import app.rune.store.DailyProgressRepository;
import app.rune.store.DocumentRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A day's record: ticking tasks off, notes and ratings, skipping with a reason and obstacles, and the evening
 * check-in. One {@code daily_progress} document per user and local date, created on the day's first change;
 * every change is on disk when a method returns. Each method that changes something is one commit with all it
 * writes (the day, what the coach says about it, the figures): after a crash the data holds all of it or none.
 * Dates are the person's own (their time zone), and the future cannot be filled in.
 */
public final class CheckInService {
    /** How many days the strip of recent days on the Today screen shows, today the last. */
    public static final int STRIP_DAYS = 14;

    private final DailyProgressRepository progress;
    private final DayReader reader;
    private final UserSummaryService summaries;
    private final GoalService goals;
    private final ConversationService conversation;
    private final ObstacleCoach coach;
    private final ProgressObserver observer;
    private final Coach coachVoice;
    private final ProgressIds ids;
    private final AtomicChanges changes;
    private final Clock clock;

    /**
     * @param summaries the header's summary, read again after each change (the streak may move)
     * @param changes makes each change one commit
     */
    public CheckInService(DailyProgressRepository progress, DocumentRepository<UserPreferences> preferences,
            GoalService goals, ConversationService conversation, ObstacleCoach coach, ProgressObserver observer,
            Coach coachVoice, UserSummaryService summaries, AtomicChanges changes, Clock clock) {
        this.progress = progress;
        this.reader = new DayReader(progress, preferences, goals, coach, clock);
        this.summaries = summaries;
        this.changes = changes;
        this.goals = goals;
        this.conversation = conversation;
        this.coach = coach;
        this.observer = observer;
        this.coachVoice = coachVoice;
        this.ids = new ProgressIds(clock);
        this.clock = clock;
    }

    /** The person's today, in their time zone. */
    public LocalDate today(String userId) {
        return reader.today(userId);
    }

    /** The day as it stands, with the obstacle coaching; {@code date} null means today. */
    public DayPlan day(String userId, LocalDate date) {
        return reader.day(userId, date, true);
    }

    /**
     * The day without the obstacle coaching (90 days of obstacles): what the window's first frame needs, the
     * coaching following just after (see {@link #day}).
     */
    public DayPlan dayWithoutCoaching(String userId, LocalDate date) {
        return reader.day(userId, date, false);
    }

    /** The {@code days} days up to today, oldest first, each summarised from its record (one indexed read). */
    public List<DaySummary> recentDays(String userId, int days) {
        return reader.recentDays(userId, days);
    }

    /** Whether anything is still open today: what a reminder needs, without what a screen would read. */
    public OpenToday openToday(String userId) {
        return reader.openToday(userId);
    }

    /** Ticks a task off (today: now is its completion time) or takes the tick back. */
    public DayChange setCompleted(String userId, LocalDate date, String taskId, boolean done) {
        return oneChange(userId, () -> tick(userId, date, taskId, done));
    }

    /**
     * Ticks a task off together with its notes and ratings, as one change; a null keeps what was recorded
     * before (the command line's {@code check} with options). Ratings are checked before anything is written.
     */
    public DayChange complete(String userId, LocalDate date, String taskId, String notes, Integer difficulty,
            Integer satisfaction) {
        return complete(userId, date, taskId, null, notes, difficulty, satisfaction);
    }

    /**
     * As {@link #complete(String, LocalDate, String, String, Integer, Integer)}, with the amount done of a
     * measurable task ({@code amount} null: its target, as a plain tick records). An amount that misses the
     * target records the amount and leaves the task not done.
     */
    public DayChange complete(String userId, LocalDate date, String taskId, BigDecimal amount, String notes,
            Integer difficulty, Integer satisfaction) {
        checkRating("difficulty", difficulty);
        checkRating("satisfaction", satisfaction);
        DailyTask task = amount == null ? null : measurableTask(userId, date, taskId, amount);
        return oneChange(userId, () -> {
            if (amount == null) {
                tick(userId, date, taskId, true);
            } else {
                measure(userId, date, task, amount);
            }
            return changeEntry(userId, date, taskId, entry -> new TaskEntry(entry.taskId(), entry.taskTitle(),
                    entry.completed(), entry.completionTime(), notes != null ? blankToNull(notes) : entry.notes(),
                    difficulty != null ? difficulty : entry.difficultyRating(),
                    satisfaction != null ? satisfaction : entry.satisfactionRating(), entry.skipReason(),
                    entry.obstacles(), entry.amount()));
        });
    }

    /** Records how much of a measurable task was done; it is done when the amount meets its target. */
    public DayChange setAmount(String userId, LocalDate date, String taskId, BigDecimal amount) {
        DailyTask task = measurableTask(userId, date, taskId, amount);
        return oneChange(userId, () -> measure(userId, date, task, amount));
    }

    private DayPlan measure(String userId, LocalDate date, DailyTask task, BigDecimal amount) {
        LocalDate today = today(userId);
        Instant now = date == null || date.equals(today) ? now() : null;
        LocalDate day = date == null ? today : date;
        boolean allDoneBefore = reader.allSetTasksDone(userId, day, progress.findByUserAndDate(userId, day));
        DayPlan after = changeEntry(userId, date, task.id(), entry -> MeasuredEntries.measured(entry, task, amount,
                now));
        if (after.isToday() && !allDoneBefore && allDone(after.tasks())) {
            celebrate(userId, after);
        }
        return after;
    }

    /**
     * The approved measurable task {@code taskId}, with {@code amount} one it can hold. One not agreed now (a
     * paused or earlier goal's, or none at all) is no task of that day, unless the day holds an entry of it, which
     * is yes/no to a tick.
     */
    private DailyTask measurableTask(String userId, LocalDate date, String taskId, BigDecimal amount) {
        DailyTask task = approvedTask(userId, taskId);
        if (task == null) {
            LocalDate day = date == null ? today(userId) : date;
            List<TaskEntry> entries = progress.findByUserAndDate(userId, day).map(DailyProgress::tasks)
                    .orElse(List.of());
            if (indexOf(entries, taskId) < 0) {
                throw unknownTask(userId, taskId, entries, day);
            }
        }
        MeasuredEntries.check(task, taskId, amount);
        return task;
    }

    /** The approved task {@code taskId}; null for one since removed (its entries are yes/no to a tick). */
    private DailyTask approvedTask(String userId, String taskId) {
        return goals.approvedTasks(userId).stream().filter(t -> t.id().equals(taskId)).findFirst().orElse(null);
    }

    private DayPlan tick(String userId, LocalDate date, String taskId, boolean done) {
        // A tick on a past day says that it was done, not when: its time is unknown rather than now.
        LocalDate today = today(userId);
        Instant now = date == null || date.equals(today) ? now() : null;
        // Only whether every task was done: the day's suggestions and alert (90 days of reading) are not needed.
        LocalDate day = date == null ? today : date;
        boolean allDoneBefore = reader.allSetTasksDone(userId, day, progress.findByUserAndDate(userId, day));
        DailyTask task = approvedTask(userId, taskId);
        DayPlan after = changeEntry(userId, date, taskId, entry -> MeasuredEntries.ticked(entry, task, done, now));
        if (done && after.isToday() && !allDoneBefore && allDone(after.tasks())) {
            celebrate(userId, after);
        }
        return after;
    }

    /** Every task of today done: the coach says so (with the streak and any milestone it reached). */
    private void celebrate(String userId, DayPlan day) {
        coachVoice.says(userId, CoachIntent.DAY_COMPLETE, Map.of("count", day.completedCount()));
    }

    /** Every task on set days done (flexible tasks have the rest of their week or month). */
    private static boolean allDone(List<TaskDay> tasks) {
        List<TaskDay> set = tasks.stream().filter(t -> !t.flexible()).toList();
        return !set.isEmpty() && set.stream().allMatch(TaskDay::completed);
    }

    /** Notes and the two ratings (1..5, or null for none) of a task on a day. */
    public DayChange describe(String userId, LocalDate date, String taskId, String notes, Integer difficulty,
            Integer satisfaction) {
        checkRating("difficulty", difficulty);
        checkRating("satisfaction", satisfaction);
        return oneChange(userId, () -> changeEntry(userId, date, taskId, entry -> new TaskEntry(entry.taskId(),
                entry.taskTitle(), entry.completed(), entry.completionTime(), blankToNull(notes), difficulty,
                satisfaction, entry.skipReason(), entry.obstacles(), entry.amount())));
    }

    /**
     * Records why a task did not happen and what got in the way. The coach steps in when the same obstacle or
     * reason stops the same task twice within a week.
     */
    public DayChange skip(String userId, LocalDate date, String taskId, String reason, List<String> obstacles,
            String notes) {
        String why = blankToNull(reason);
        if (why == null) {
            throw new InvalidCheckInException("today.error.reasonMissing", "Say why the task did not happen (--reason).");
        }
        List<String> tags = cleanTags(obstacles);
        DailyTask task = approvedTask(userId, taskId);
        return oneChange(userId, () -> {
            DayPlan plan = changeEntry(userId, date, taskId, entry -> new TaskEntry(entry.taskId(),
                    entry.taskTitle(), false, null, notes == null ? entry.notes() : blankToNull(notes),
                    entry.difficultyRating(), entry.satisfactionRating(), why, tags,
                    MeasuredEntries.keptBySkip(entry, task)));
            // A skip adds obstacles and may start the coach's alert: the one change after which both are read.
            boolean recurring = coach.checkAfterSkip(userId, plan.date(), taskId, plan.today());
            DayPlan withCoaching = day(userId, plan.date());
            if (recurring) {
                withCoaching.obstacleAlert().ifPresent(alert -> coachVoice.says(userId,
                        CoachIntent.RECURRING_OBSTACLE, obstacleFacts(withCoaching, alert)));
            }
            return withCoaching;
        });
    }

    /** What the coach says of a recurring obstacle; with several goals, which goal the task is for. */
    private static Map<String, Object> obstacleFacts(DayPlan day, ObstacleAlert alert) {
        Map<String, Object> facts = new HashMap<>(Map.of("task", alert.taskTitle(), "obstacle", alert.cause(),
                "count", alert.times()));
        day.tasks().stream().filter(t -> t.taskId().equals(alert.taskId()) && t.goalTitle() != null).findFirst()
                .filter(t -> day.byGoal()).ifPresent(t -> facts.put("goal", t.goalTitle()));
        return facts;
    }

    /** The evening check-in: the day's rating (1..5), the mood, and whether it was a rest day. */
    public DayChange checkIn(String userId, LocalDate date, Integer dayRating, String mood, boolean restDay) {
        checkRating("day rating", dayRating);
        Instant now = now();
        return oneChange(userId, () -> {
            DayPlan plan = changeDay(userId, date, day -> day.withCheckIn(dayRating, blankToNull(mood), now,
                    restDay ? Boolean.TRUE : null));
            conversation.recordExchange(userId);
            return plan;
        });
    }

    /** Accepts one of the coach's options for a task that keeps being skipped. */
    public DayChange acceptObstacleOption(String userId, ObstacleOption.Kind kind) {
        return oneChange(userId, () -> {
            coach.accept(userId, kind, today(userId));
            return day(userId, null);
        });
    }

    /** Keeps the task as it is; the coach stops asking about this obstacle. */
    public DayChange dismissObstacle(String userId) {
        return oneChange(userId, () -> {
            coach.dismiss(userId);
            return day(userId, null);
        });
    }

    /**
     * {@code change} as one commit, with what the screens show after it read in the same trip. If it fails,
     * nothing of it is stored, and the figures kept in memory forget the person's days so they are read again
     * as the disk has them.
     */
    private DayChange oneChange(String userId, Supplier<DayPlan> change) {
        try {
            return changes.inOneCommit(() -> {
                DayPlan day = change.get();
                return new DayChange(day, reader.recentDays(userId, STRIP_DAYS), summaries.summarize(userId));
            });
        } catch (RuntimeException e) {
            observer.changeUndone(userId);
            throw e;
        }
    }

    private DayPlan changeEntry(String userId, LocalDate date, String taskId, UnaryOperator<TaskEntry> change) {
        return changeDay(userId, date, day -> {
            List<TaskEntry> entries = new ArrayList<>(day.tasks());
            int at = indexOf(entries, taskId);
            TaskEntry entry = at >= 0 ? entries.get(at) : newEntry(userId, taskId, entries, day.date());
            TaskEntry changed = change.apply(entry);
            if (at >= 0) {
                entries.set(at, changed);
            } else {
                entries.add(changed);
            }
            return day.withTasks(entries);
        });
    }

    private DayPlan changeDay(String userId, LocalDate date, UnaryOperator<DailyProgress> change) {
        LocalDate today = today(userId);
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            throw new InvalidCheckInException("today.error.future", day + " is in the future; only today and earlier "
                    + "days can be filled in (today is " + today + ").", day, today);
        }
        DailyProgress current = progress.findByUserAndDate(userId, day).orElseGet(() -> new DailyProgress(
                ids.next(), userId, day, reader.plannedEntries(userId, day), null, null, null, now(), null));
        DailyProgress changed = change.apply(current);
        CheckInText.requireStorable(changed);
        progress.save(changed);
        observer.progressChanged(userId, changed);
        // A tick, a note or a check-in cannot change the obstacle coaching: it is not read again (90 days).
        return reader.day(userId, day, false);
    }

    /** A task can be recorded on a day if it is one of the agreed tasks or already in that day's record. */
    private TaskEntry newEntry(String userId, String taskId, List<TaskEntry> entries, LocalDate date) {
        DailyTask task = goals.approvedTasks(userId).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> unknownTask(userId, taskId, entries, date));
        return new TaskEntry(task.id(), task.title(), false, null, null, null, null, null, List.of());
    }

    private InvalidCheckInException unknownTask(String userId, String taskId, List<TaskEntry> entries, LocalDate date) {
        Set<String> known = new LinkedHashSet<>();
        goals.approvedTasks(userId).forEach(t -> known.add(t.id()));
        entries.forEach(e -> known.add(e.taskId()));
        String list = known.isEmpty() ? "there are no approved tasks (approve them on the Goal screen)"
                : "tasks: " + String.join(", ", known);
        return new InvalidCheckInException("today.error.unknownTask", "There is no task \"" + taskId + "\" on "
                + date + "; " + list + ".", taskId);
    }

    private static int indexOf(List<TaskEntry> entries, String taskId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).taskId().equals(taskId)) {
                return i;
            }
        }
        return -1;
    }

    static List<String> cleanTags(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null && !tag.isBlank()) {
                    clean.add(tag.strip());
                }
            }
        }
        return new ArrayList<>(clean);
    }

    /** Refuses a rating outside 1..5 (null, no rating, is fine). */
    public static void checkRating(String what, Integer rating) {
        if (rating != null && (rating < DocumentValidator.MIN_RATING || rating > DocumentValidator.MAX_RATING)) {
            throw new InvalidCheckInException("today.error.rating", "The " + what + " must be from 1 to 5, not "
                    + rating + ".", what, rating);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
