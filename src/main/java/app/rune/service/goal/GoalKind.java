package app.rune.service.goal;

/** The kinds of goal the reviewer knows well enough to propose a measurable outcome and fitting daily tasks. */
public enum GoalKind {
    LANGUAGE, FITNESS, READING, WRITING, CODING, MUSIC, WEIGHT, SAVING, STUDY, MEDITATION, SLEEP,
    /** Anything else: reviewed by the general rules only. */
    GENERAL
}
