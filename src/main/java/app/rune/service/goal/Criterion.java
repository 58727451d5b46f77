package app.rune.service.goal;

/** What a good goal has, in the order the coach checks it. */
public enum Criterion {
    SPECIFIC, MEASURABLE, TIME_BOUND, REALISTIC
}
