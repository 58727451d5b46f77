package app.rune.ui.today;

import app.rune.service.today.DaySummary;
import app.rune.ui.common.DateText;
import java.time.LocalDate;
import java.util.List;

/** One day in the strip of the last two weeks: its label and how it went, for its colour. */
public record DayChip(LocalDate date, String weekday, String dayOfMonth, State state, boolean today) {

    public enum State { NOTHING, SOME, ALL, REST }

    /** The strip's chips, oldest first; the last one is today. */
    static List<DayChip> strip(List<DaySummary> summaries, DateText dates) {
        LocalDate last = summaries.isEmpty() ? null : summaries.get(summaries.size() - 1).date();
        return summaries.stream().map(s -> new DayChip(s.date(),
                dates.weekday(s.date().getDayOfWeek()),
                Integer.toString(s.date().getDayOfMonth()), state(s), s.date().equals(last))).toList();
    }

    private static State state(DaySummary summary) {
        if (summary.restDay()) {
            return State.REST;
        }
        if (summary.completed() == 0) {
            return State.NOTHING;
        }
        return summary.completed() >= summary.planned() ? State.ALL : State.SOME;
    }
}
