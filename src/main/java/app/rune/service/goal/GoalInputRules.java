package app.rune.service.goal;

import app.rune.model.TaskSchedule;

import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.StoredText;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the goal and task forms accept. The forms show these problems next to the field and keep their action
 * disabled until there are none; the service checks again before anything is written. The lengths are well within
 * what a document may hold; beyond them, text is held to the rules an import applies ({@link StoredText}).
 */
public final class GoalInputRules {
    /** The most tasks a goal can have, whatever their plans: more than any week can hold well. */
    public static final int MAX_TASKS = 20;

    public static final int MAX_WISH_LENGTH = 500;
    public static final int MAX_GOAL_TITLE_LENGTH = 150;
    public static final int MAX_GOAL_DESCRIPTION_LENGTH = 1_000;
    public static final int MAX_TASK_TITLE_LENGTH = 80;
    public static final int MAX_TASK_TEXT_LENGTH = 500;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = DocumentValidator.MINUTES_PER_DAY;

    private GoalInputRules() {
    }

    public static Optional<InputProblem> wish(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(InputProblem.of("goal.error.wishEmpty"));
        }
        if (text.strip().length() > MAX_WISH_LENGTH) {
            return Optional.of(InputProblem.of("goal.error.wishTooLong", MAX_WISH_LENGTH));
        }
        return storable(text);
    }

    public static Optional<InputProblem> goalTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of(InputProblem.of("goal.error.titleEmpty"));
        }
        if (title.strip().length() > MAX_GOAL_TITLE_LENGTH) {
            return Optional.of(InputProblem.of("goal.error.titleTooLong", MAX_GOAL_TITLE_LENGTH));
        }
        return storable(title);
    }

    /** What success looks like, in the person's words: may be left empty. */
    public static Optional<InputProblem> goalDescription(String description) {
        if (description != null && description.strip().length() > MAX_GOAL_DESCRIPTION_LENGTH) {
            return Optional.of(InputProblem.of("goal.error.descriptionTooLong", MAX_GOAL_DESCRIPTION_LENGTH));
        }
        return storable(description);
    }

    public static Optional<InputProblem> targetDate(LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.of(InputProblem.of("goal.error.dateMissing"));
        }
        if (!date.isAfter(today)) {
            return Optional.of(InputProblem.of("goal.error.dateNotFuture"));
        }
        return Optional.empty();
    }

    public static Optional<InputProblem> taskTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of(InputProblem.of("task.error.titleEmpty"));
        }
        if (title.strip().length() > MAX_TASK_TITLE_LENGTH) {
            return Optional.of(InputProblem.of("task.error.titleTooLong", MAX_TASK_TITLE_LENGTH));
        }
        return storable(title);
    }

    public static Optional<InputProblem> taskText(String text) {
        if (text != null && text.strip().length() > MAX_TASK_TEXT_LENGTH) {
            return Optional.of(InputProblem.of("task.error.textTooLong", MAX_TASK_TEXT_LENGTH));
        }
        return storable(text);
    }

    private static Optional<InputProblem> storable(String text) {
        return StoredText.valueFlaw(text == null ? null : text.strip()).map(InputProblem::of);
    }

    /**
     * A task's minutes: none (a task brought from another tracker has no estimate, and the person need not give
     * one), or a whole number from {@value #MIN_MINUTES} to {@value #MAX_MINUTES}.
     */
    public static Optional<InputProblem> minutes(Integer minutes) {
        if (minutes != null && (minutes < MIN_MINUTES || minutes > MAX_MINUTES)) {
            return Optional.of(InputProblem.of("task.error.minutes", MIN_MINUTES, MAX_MINUTES));
        }
        return Optional.empty();
    }

    public static Optional<InputProblem> taskCount(int count, int maxDailyTasks) {
        return taskCount(java.util.Collections.nCopies(count, (TaskSchedule) null), maxDailyTasks);
    }

    /**
     * The plan against {@code max_daily_tasks} on its busiest day ({@link BusiestDay}): three gym days and three
     * reading days are not six tasks a day.
     */
    public static Optional<InputProblem> taskCount(java.util.List<TaskSchedule> schedules, int maxDailyTasks) {
        if (schedules.isEmpty()) {
            return Optional.of(InputProblem.of("task.error.none"));
        }
        if (schedules.size() > MAX_TASKS) {
            return Optional.of(InputProblem.of("task.error.tooManyAtAll", MAX_TASKS, schedules.size()));
        }
        BusiestDay busiest = BusiestDay.of(schedules);
        if (busiest.tasks() > maxDailyTasks) {
            return Optional.of(InputProblem.of("task.error.tooMany", maxDailyTasks, busiest.tasks(),
                    busiest.day().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.getDefault())));
        }
        return Optional.empty();
    }
}
