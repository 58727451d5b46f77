package app.rune.service.goal;

import java.time.Period;

/**
 * What the coach proposes for one kind of goal: a measurable outcome (without its date), what reaching it looks
 * like (the goal's description), how long people usually give themselves, the least time that is sensible, and
 * how many minutes a day it needs.
 */
record Outcome(String wording, String success, Period usualHorizon, int minimumDays, String minimumText,
        int dailyMinutes) {
}
