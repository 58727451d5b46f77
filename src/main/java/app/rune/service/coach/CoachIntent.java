package app.rune.service.coach;

/** What the coach wants to say; {@link CoachVoice} turns it into words in the person's chosen tone. */
public enum CoachIntent {
    /** Hello, on opening the app. Facts: name, goal (may be absent). */
    GREETING,
    /** After reviewing a goal. Facts: goal (the proposed wording), missing (how many criteria are not met). */
    GOAL_REVIEW,
    /** After proposing the daily tasks. Facts: goal, count (how many tasks). */
    TASK_PROPOSAL,
    /** Every task of the day is done. Facts: name, count (tasks done), streak (current streak in days). */
    DAY_COMPLETE,
    /** A streak has ended. Facts: name, streak (how long it was). */
    STREAK_BROKEN,
    /** The same obstacle keeps stopping a task. Facts: task, obstacle, count (times this week), goal (with several). */
    RECURRING_OBSTACLE,
    /** The daily reminder. Facts: name, count (tasks left today), task (the first task left). */
    REMINDER,
    /** A milestone reached. Facts: name, milestone (e.g. "30 days in a row", "100 tasks done"). */
    MILESTONE
}
