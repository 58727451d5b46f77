package app.rune.service.transfer.loop;

import java.util.List;

/**
 * Everything read from one of Loop Habit Tracker's files, checked: its habits in Loop's order and what was
 * recorded for them, day by day.
 *
 * @param format what the file was, for the summary: "backup (schema 25)", "CSV export"
 */
record LoopHistory(String format, List<LoopHabit> habits, List<LoopMark> marks) {
    LoopHistory {
        habits = List.copyOf(habits);
        marks = List.copyOf(marks);
    }
}
