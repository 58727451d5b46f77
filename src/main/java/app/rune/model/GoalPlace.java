package app.rune.model;

/** Where a goal is kept in the {@code user_goals} document. */
public enum GoalPlace {
    /** The goal in focus: the document's own {@code long_term_goal}, {@code daily_tasks} and history. */
    FOCUS,
    /** A current goal beside the focus one, active or paused, in {@code other_goals}. */
    OTHER,
    /** A goal the person achieved, abandoned or moved on from, in {@code archived_goals}. */
    ARCHIVED;

    public boolean current() {
        return this != ARCHIVED;
    }
}
