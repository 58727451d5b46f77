package app.rune.service.transfer.loop;

import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.Goal;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.PlacedGoal;
import app.rune.model.GoalPlace;
import app.rune.model.TaskEntry;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import app.rune.model.UserGoals;
import app.rune.service.goal.GoalPlaces;
import app.rune.service.goal.TaskIds;
import app.rune.service.transfer.InvalidImportException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns what was read from Loop into the person's documents: each habit a task (the active ones in a new goal, the
 * archived ones in an archived goal, so their history keeps its titles), each day's values entries on that day,
 * added to the day the person may already have.
 */
final class LoopConversion {
    static final String GOAL_TITLE = "Habits from Loop";
    static final String ARCHIVED_GOAL_TITLE = "Archived habits from Loop";
    static final String SKIP_REASON = "Skipped in Loop Habit Tracker";

    /** The documents to store and what they hold. */
    record Result(UserGoals goals, List<DailyProgress> days, LoopImportSummary summary) {
    }

    /** What is stored for the person, and how to make what is new. */
    record Person(String userId, boolean newUser, Optional<UserGoals> goals,
            Function<LocalDate, Optional<DailyProgress>> storedDay, ZoneId zone, Instant now,
            Supplier<String> progressIds) {
    }

    private LoopConversion() {
    }

    static Result convert(LoopHistory history, Person person, String source) throws InvalidImportException {
        List<PlacedGoal> placed = person.goals().map(UserGoals::goals).orElse(List.of());
        TaskIds ids = TaskIds.of(person.goals());
        // By identity: a habit is one object, and a record's hash goes over every field at every lookup.
        Map<LoopHabit, DailyTask> tasks = new IdentityHashMap<>();
        Map<LoopHabit, LocalDate[]> spans = spans(history.marks());
        List<DailyTask> active = new ArrayList<>();
        List<DailyTask> archived = new ArrayList<>();
        for (LoopHabit habit : history.habits()) {
            List<DailyTask> into = habit.archived() ? archived : active;
            LocalDate[] span = spans.get(habit);
            Instant created = span == null ? person.now() : span[0].atStartOfDay(person.zone()).toInstant();
            TaskTarget target = habit.numerical() ? new TaskTarget(habit.target(), habit.unit(), habit.targetKind())
                    : null;
            DailyTask task = new DailyTask(ids.next(), habit.name(), description(habit), null, null, into.size() + 1,
                    created, LoopSchedules.of(habit.frequencyNumerator(), habit.frequencyDenominator()), target,
                    null);
            into.add(task);
            tasks.put(habit, task);
        }
        refuseAgain(placed, active, archived, source);
        List<PlacedGoal> goals = new ArrayList<>(placed);
        String goalTitle = null;
        if (!active.isEmpty()) {
            long open = placed.stream().filter(g -> g.place().current() && g.longTermGoal().isOpen()).count();
            if (open >= UserGoals.MAX_CURRENT_GOALS) {
                throw LoopText.refused(source, "", person.userId() + " has " + open + " current goals, the most Rune"
                        + " keeps at once; end one on the Goal screen (achieved or abandoned), then import again");
            }
            LongTermGoal goal = new LongTermGoal(GOAL_TITLE, "Habits brought from Loop Habit Tracker.", null,
                    GoalStatus.ACTIVE, person.now(), person.now(), GoalPlaces.nextId(goals));
            goals = GoalPlaces.withNew(goals, goal.goalId(), new Goal(goal, active, List.of()));
            goalTitle = GOAL_TITLE;
        }
        if (!archived.isEmpty()) {
            // Due (for the figures) from each task's first day until the last day any of them has a value.
            LocalDate last = history.marks().stream().filter(m -> m.habit().archived()).map(LoopMark::day)
                    .max(LocalDate::compareTo).orElse(null);
            Instant ended = last == null ? person.now() : last.atTime(LocalTime.NOON).atZone(person.zone()).toInstant();
            Instant began = archived.stream().map(DailyTask::createdAt).min(Instant::compareTo).orElse(ended);
            LongTermGoal goal = new LongTermGoal(ARCHIVED_GOAL_TITLE, "Habits archived in Loop Habit Tracker.", null,
                    GoalStatus.ABANDONED, began, ended, GoalPlaces.nextId(goals));
            goals.add(new PlacedGoal(goal.goalId(), new Goal(goal, archived, List.of()), GoalPlace.ARCHIVED));
        }
        UserGoals document = person.goals().orElseGet(() -> UserGoals.of(person.userId(), null, List.of(), List.of()))
                .rebuild(goals);
        return days(history, person, tasks, document, goalTitle);
    }

    private static Result days(LoopHistory history, Person person, Map<LoopHabit, DailyTask> tasks,
            UserGoals document, String goalTitle) {
        Map<LocalDate, List<LoopMark>> byDay = new TreeMap<>();
        history.marks().forEach(m -> byDay.computeIfAbsent(m.day(), d -> new ArrayList<>()).add(m));
        Counter count = new Counter();
        Map<LoopHabit, Integer> entriesOf = new IdentityHashMap<>();
        List<DailyProgress> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<LoopMark>> day : byDay.entrySet()) {
            List<TaskEntry> entries = new ArrayList<>();
            List<String> dayNotes = new ArrayList<>();
            for (LoopMark mark : day.getValue()) {
                DailyTask task = tasks.get(mark.habit());
                TaskEntry entry = count.entry(mark, task);
                if (entry != null) {
                    entries.add(entry);
                    entriesOf.merge(mark.habit(), 1, Integer::sum);
                } else if (mark.hasNote()) {
                    dayNotes.add(mark.habit().name() + ": " + mark.notes().strip());
                    count.notesOnDays++;
                }
            }
            if (entries.isEmpty() && dayNotes.isEmpty()) {
                continue;
            }
            Optional<DailyProgress> stored = person.storedDay().apply(day.getKey());
            DailyProgress base = stored.orElseGet(() -> new DailyProgress(person.progressIds().get(), person.userId(),
                    day.getKey(), List.of(), null, null, null, person.now(), null));
            List<TaskEntry> all = new ArrayList<>(base.tasks());
            all.addAll(entries);
            String notes = base.dayNotes();
            if (!dayNotes.isEmpty()) {
                String added = String.join("\n", dayNotes);
                notes = notes == null || notes.isBlank() ? added : notes + "\n" + added;
            }
            days.add(new DailyProgress(base.id(), base.userId(), base.date(), all, base.overallDayRating(),
                    base.moodAfterTasks(), base.checkInTime(), base.createdAt(), base.restDay(), notes));
        }
        List<LoopImportSummary.Habit> habits = history.habits().stream().map(h -> new LoopImportSummary.Habit(
                h.name(), tasks.get(h).id(), h.archived(), h.frequencyNumerator() + "/" + h.frequencyDenominator(),
                TaskSchedule.orEveryDay(tasks.get(h).schedule()),
                LoopSchedules.rounded(h.frequencyNumerator(), h.frequencyDenominator()), tasks.get(h).target(),
                entriesOf.getOrDefault(h, 0))).toList();
        LoopImportSummary summary = new LoopImportSummary(history.format(), person.userId(), person.newUser(),
                goalTitle, habits, byDay.isEmpty() ? null : ((TreeMap<LocalDate, ?>) byDay).firstKey(),
                byDay.isEmpty() ? null : ((TreeMap<LocalDate, ?>) byDay).lastKey(), days.size(), count.done,
                count.notDone, count.skipped, count.filledIn, count.notes + count.notesOnDays, count.notesOnDays, null);
        return new Result(document, days, summary);
    }

    /**
     * Refuses a file whose habits are here already: a goal from an earlier import with the same habits, in the same
     * order, means the same file (or the same Loop) is being imported twice, which would add every day twice.
     */
    private static void refuseAgain(List<PlacedGoal> placed, List<DailyTask> active, List<DailyTask> archived,
            String source) throws InvalidImportException {
        for (PlacedGoal goal : placed) {
            String title = goal.title();
            List<DailyTask> same = GOAL_TITLE.equals(title) ? active : ARCHIVED_GOAL_TITLE.equals(title) ? archived
                    : null;
            if (same != null && !same.isEmpty() && titles(goal.goal().dailyTasks()).equals(titles(same))) {
                throw LoopText.refused(source, "", "its habits are here already, in the goal \"" + title + "\" ("
                        + goal.id() + ") from an earlier import; importing it again would count every day twice");
            }
        }
    }

    private static List<String> titles(List<DailyTask> tasks) {
        return tasks.stream().map(DailyTask::title).toList();
    }

    /** Loop's question and description, both kept: the question says what a tick means. */
    private static String description(LoopHabit habit) {
        if (habit.question() != null && habit.description() != null) {
            return habit.question() + "\n" + habit.description();
        }
        return habit.question() != null ? habit.question() : habit.description();
    }

    /** The first and last day each habit has anything recorded. */
    private static Map<LoopHabit, LocalDate[]> spans(List<LoopMark> marks) {
        Map<LoopHabit, LocalDate[]> spans = new IdentityHashMap<>();
        for (LoopMark mark : marks) {
            LocalDate[] span = spans.computeIfAbsent(mark.habit(), h -> new LocalDate[] {mark.day(), mark.day()});
            if (mark.day().isBefore(span[0])) {
                span[0] = mark.day();
            }
            if (mark.day().isAfter(span[1])) {
                span[1] = mark.day();
            }
        }
        return spans;
    }

    /** Makes each value's entry, counting what was made. */
    private static final class Counter {
        int done;
        int notDone;
        int skipped;
        int filledIn;
        int notes;
        int notesOnDays;

        /** The entry {@code mark} makes; null for a day Loop filled in or one without a value (its note aside). */
        TaskEntry entry(LoopMark mark, DailyTask task) {
            String note = mark.hasNote() ? mark.notes().strip() : null;
            TaskEntry entry = switch (mark.value()) {
                case YES_MANUAL -> mark.amount() != null
                        ? new TaskEntry(task.id(), task.title(), task.target().metBy(mark.amount()), null, note, null,
                                null, null, null, mark.amount())
                        : new TaskEntry(task.id(), task.title(), true, null, note, null, null, null, null, null);
                case NO -> new TaskEntry(task.id(), task.title(), false, null, note, null, null, null, null, null);
                case SKIP -> new TaskEntry(task.id(), task.title(), false, null, note, null, null, SKIP_REASON, null,
                        null);
                case YES_AUTO, UNKNOWN -> null;
            };
            if (mark.value() == LoopValue.YES_AUTO) {
                filledIn++;
            }
            if (entry == null) {
                return null;
            }
            if (note != null) {
                notes++;
            }
            if (mark.value() == LoopValue.SKIP) {
                skipped++;
            } else if (entry.completed()) {
                done++;
            } else {
                notDone++;
            }
            return entry;
        }
    }
}
