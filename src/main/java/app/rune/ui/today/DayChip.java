package app.rune.ui.today;

import java.time.LocalDate;

/** One day in the strip of the last two weeks: its label and how it went, for its colour. */
public record DayChip(LocalDate date, String weekday, String dayOfMonth, State state, boolean today) {

    public enum State { NOTHING, SOME, ALL, REST }
}
