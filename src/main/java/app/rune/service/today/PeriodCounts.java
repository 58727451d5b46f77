package app.rune.service.today;

import app.rune.model.DailyProgress;
import app.rune.model.SchedulePeriod;
import app.rune.model.TaskEntry;
import app.rune.store.DailyProgressRepository;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * How many times each flexible task was done in the week (Monday to Sunday) and the calendar month around a
 * day, read in one go. Entries on rest days count for nothing.
 */
final class PeriodCounts {
    private final Map<String, Integer> week = new HashMap<>();
    private final Map<String, Integer> month = new HashMap<>();

    private PeriodCounts() {
    }

    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static PeriodCounts read(DailyProgressRepository progress, String userId, LocalDate day) {
        LocalDate weekStart = weekStart(day);
        LocalDate weekEnd = weekStart.plusDays(6);
        LocalDate monthStart = day.withDayOfMonth(1);
        LocalDate monthEnd = day.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate from = weekStart.isBefore(monthStart) ? weekStart : monthStart;
        LocalDate to = weekEnd.isAfter(monthEnd) ? weekEnd : monthEnd;
        PeriodCounts counts = new PeriodCounts();
        for (DailyProgress recorded : progress.findByUserBetween(userId, from, to)) {
            if (Boolean.TRUE.equals(recorded.restDay())) {
                continue;
            }
            boolean inWeek = !recorded.date().isBefore(weekStart) && !recorded.date().isAfter(weekEnd);
            boolean inMonth = !recorded.date().isBefore(monthStart) && !recorded.date().isAfter(monthEnd);
            for (TaskEntry entry : recorded.tasks()) {
                if (entry.completed()) {
                    if (inWeek) {
                        counts.week.merge(entry.taskId(), 1, Integer::sum);
                    }
                    if (inMonth) {
                        counts.month.merge(entry.taskId(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    int done(String taskId, SchedulePeriod every) {
        return (every == SchedulePeriod.MONTH ? month : week).getOrDefault(taskId, 0);
    }
}
