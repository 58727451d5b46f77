package app.rune.service.transfer;

import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.TaskEntry;
import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.Problem;
import app.rune.model.validation.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's day in a progress CSV file (the lines with their user id and that date) made into the
 * {@code daily_progress} document that replaces the stored day as a whole. A line with a {@code task_id} is one
 * task entry; a line without one holds the day's check-in only. The day's own columns repeat on each of its lines
 * and must agree.
 *
 * <p>What the export could not write exactly is kept from the stored day when the file still says the same: a
 * completion time's seconds (the file has minutes), and the title recorded that day when the file shows the
 * goal's current title, as the export does. So importing a file nobody edited changes nothing, and an edited cell
 * changes only what it says.
 */
final class ProgressCsvDay {
    /** The columns of a task entry: a line without a task_id leaves them all empty. */
    private static final List<String> TASK_COLUMNS = List.of("title", "completed", "completion_time", "difficulty",
            "satisfaction", "skip_reason", "obstacles", "notes", "amount", "unit");
    /** The day's columns, repeated on each of its lines. */
    private static final List<String> DAY_COLUMNS = List.of("day_rating", "mood", "rest_day", "day_notes");
    /** A path of the document validator's: {@code tasks[2].obstacles[0]}, {@code overall_day_rating}. */
    private static final Pattern PATH = Pattern.compile("(?:tasks\\[(\\d+)]\\.)?([a-z_]+)(?:\\[(\\d+)])?(?:\\..*)?");
    /** The model's field names that the file calls otherwise. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("task_title", "title",
            "difficulty_rating", "difficulty", "satisfaction_rating", "satisfaction",
            "overall_day_rating", "day_rating", "mood_after_tasks", "mood");

    private final DocumentValidator validator = new DocumentValidator();

    /**
     * The person the day is for.
     *
     * @param tasks the tasks of their goals, current and archived, by id
     * @param zone their own time zone, which the file's completion times are on
     */
    record Person(String userId, Map<String, DailyTask> tasks, ZoneId zone) {
    }

    /** A new day's identity: its id and when it is made. */
    record NewDay(Supplier<String> id, Instant createdAt) {
    }

    /**
     * The day {@code lines} describe, keeping the {@code _id}, {@code created_at} and {@code check_in_time} of
     * {@code stored} when there is one; its problems are added to {@code problems}, each naming line and column.
     *
     * @param lines the day's lines, in the file's order, at least one
     */
    DailyProgress day(LocalDate date, List<ProgressCsvLine> lines, Person person, Optional<DailyProgress> stored,
            NewDay newDay, CsvProblems problems) {
        ProgressCsvLine first = lines.get(0);
        Integer rating = first.rating("day_rating", problems).orElse(null);
        boolean rest = first.yesNo("rest_day", problems).orElse(false);
        List<ProgressCsvLine> entryLines = new ArrayList<>();
        for (ProgressCsvLine line : lines) {
            if (line != first) {
                checkSameDay(first, line, problems);
            }
            if (line.isEmpty("task_id")) {
                checkInOnly(line, problems);
            } else {
                entryLines.add(line);
            }
        }
        // The file lists a day's tasks in the goal's order; the stored day keeps the order they were recorded in,
        // which the export does not show, and new ones come after, as the file has them.
        List<String> storedOrder = stored.map(d -> d.tasks().stream().map(TaskEntry::taskId).toList())
                .orElse(List.of());
        entryLines.sort(Comparator.comparingInt(line -> {
            int at = storedOrder.indexOf(line.text("task_id"));
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        List<TaskEntry> entries = entryLines.stream().map(line -> entry(line, person, stored, problems)).toList();
        // An ordinary day is written as the stored day has it (absent or false): the file says false for both.
        Boolean restDay = rest ? Boolean.TRUE : stored.map(DailyProgress::restDay).map(r -> Boolean.FALSE).orElse(null);
        DailyProgress day = new DailyProgress(stored.map(DailyProgress::id).orElseGet(newDay.id()), person.userId(),
                date, entries, rating, first.textOrNull("mood"), stored.map(DailyProgress::checkInTime).orElse(null),
                // A stored day without created_at keeps it absent: the file does not show it, so it did not change.
                stored.isPresent() ? stored.get().createdAt() : newDay.createdAt(), restDay,
                first.textOrNull("day_notes"));
        for (Problem problem : validator.validate(day, "")) {
            place(problem, first, entryLines, problems);
        }
        return day;
    }

    private static void checkSameDay(ProgressCsvLine first, ProgressCsvLine line, CsvProblems problems) {
        for (String column : DAY_COLUMNS) {
            boolean same = switch (column) {
                // As the cells are read: true in any case, empty as false, a rating's spaces ignored.
                case "rest_day" -> first.text(column).strip().equalsIgnoreCase(line.text(column).strip())
                        || (blankOrFalse(first, column) && blankOrFalse(line, column));
                case "day_rating" -> first.text(column).strip().equals(line.text(column).strip());
                default -> first.text(column).equals(line.text(column));
            };
            if (!same) {
                line.problem(problems, column, line.quote(column) + " differs from " + first.quote(column)
                        + " on line " + first.number() + "; the day's " + column
                        + " is the same on each of its lines");
            }
        }
    }

    private static boolean blankOrFalse(ProgressCsvLine line, String column) {
        String text = line.text(column).strip();
        return text.isEmpty() || text.equalsIgnoreCase("false");
    }

    private static void checkInOnly(ProgressCsvLine line, CsvProblems problems) {
        TASK_COLUMNS.stream().filter(column -> !line.isEmpty(column)).findFirst().ifPresent(column ->
                line.problem(problems, column, "a line without a task_id holds the day's check-in only; fill in"
                        + " task_id or empty this cell"));
    }

    private static TaskEntry entry(ProgressCsvLine line, Person person, Optional<DailyProgress> stored,
            CsvProblems problems) {
        String taskId = line.text("task_id");
        Optional<TaskEntry> before = stored.flatMap(day -> day.tasks().stream()
                .filter(e -> taskId.equals(e.taskId())).findFirst());
        Optional<DailyTask> task = Optional.ofNullable(person.tasks().get(taskId));
        if (task.isEmpty() && before.isEmpty()) {
            // A task of no goal may still be recorded that day (one removed since); anything else is a typing slip
            // that would make a task of its own.
            line.problem(problems, "task_id", Problems.quote(taskId) + " is not a task of "
                    + Problems.quote(person.userId()) + "'s goals, nor recorded that day");
        }
        Optional<Boolean> completed = line.yesNo("completed", problems);
        if (completed.isEmpty() && line.isEmpty("completed")) {
            line.problem(problems, "completed", "is empty; a task entry is completed true or false");
        }
        Instant completionTime = line.dateTime("completion_time", problems)
                .map(time -> instant(time, person.zone(), before.map(TaskEntry::completionTime)))
                .orElse(null);
        BigDecimal amount = line.decimal("amount", problems).orElse(null);
        if (amount != null && task.isPresent() && !task.get().measurable()) {
            line.problem(problems, "amount", "task " + Problems.quote(taskId)
                    + " is a yes/no task and has no amount");
        }
        checkUnit(line, taskId, task, problems);
        return new TaskEntry(taskId, title(line, task, before), completed.orElse(false), completionTime,
                line.textOrNull("notes"), line.rating("difficulty", problems).orElse(null),
                line.rating("satisfaction", problems).orElse(null), line.textOrNull("skip_reason"),
                line.obstacles("obstacles"), amount);
    }

    /**
     * The title cell, except where it is what the export writes anyway: the export shows the goal's current title,
     * so a file that shows it keeps the title the day recorded (the task's title back then). An empty cell takes
     * the goal's title.
     */
    private static String title(ProgressCsvLine line, Optional<DailyTask> task, Optional<TaskEntry> before) {
        Optional<String> goalTitle = task.map(DailyTask::title);
        String cell = line.textOrNull("title");
        Optional<String> recorded = before.map(TaskEntry::taskTitle).filter(t -> !t.isBlank());
        if (cell == null || goalTitle.filter(cell::equals).isPresent()) {
            return recorded.or(() -> goalTitle).orElse(cell);
        }
        return cell;
    }

    /** The unit is the task's, set in its goal; the export repeats it beside the amount, and it cannot change here. */
    private static void checkUnit(ProgressCsvLine line, String taskId, Optional<DailyTask> task,
            CsvProblems problems) {
        String cell = line.text("unit").strip();
        String unit = task.map(DailyTask::target).map(t -> t.unit()).orElse("");
        if (!cell.isEmpty() && !cell.equals(unit)) {
            line.problem(problems, "unit", line.quote("unit") + (unit.isEmpty()
                    ? " is not a unit of task " + Problems.quote(taskId) + ", whose goal gives it none"
                    : " is not the unit of task " + Problems.quote(taskId) + ", " + Problems.quote(unit))
                    + "; a task's unit is set in its goal");
        }
    }

    /**
     * The instant of {@code time} on the person's clock; the stored one when it is the same minute (the file has
     * no seconds), so that a time nobody edited keeps its seconds, and keeps its side of a clock change.
     */
    private static Instant instant(LocalDateTime time, ZoneId zone, Optional<Instant> before) {
        Optional<Instant> same = before.filter(Objects::nonNull).filter(b -> {
            LocalDateTime stored = LocalDateTime.ofInstant(b, zone);
            return stored.truncatedTo(ChronoUnit.MINUTES).equals(time) || stored.truncatedTo(ChronoUnit.SECONDS)
                    .equals(time);
        });
        return same.orElseGet(() -> ZonedDateTime.ofLocal(time, zone, null).toInstant());
    }

    /** A problem the document's own rules found, told at the line and column the value came from. */
    private static void place(Problem problem, ProgressCsvLine first, List<ProgressCsvLine> entryLines,
            CsvProblems problems) {
        Matcher m = PATH.matcher(problem.path());
        if (!m.matches()) {
            first.problem(problems, "date", problem.message());
            return;
        }
        ProgressCsvLine line = m.group(1) == null ? first : entryLines.get(Integer.parseInt(m.group(1)));
        String column = COLUMN_OF_FIELD.getOrDefault(m.group(2), m.group(2));
        String which = m.group(3) == null ? "" : "obstacle " + (Integer.parseInt(m.group(3)) + 1) + " ";
        line.problem(problems, column, which + problem.message());
    }
}
