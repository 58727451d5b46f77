package app.rune.service.analytics;

import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Short ways to write progress documents in tests. */
final class Days {
    private Days() {
    }

    static DailyProgress day(LocalDate date, TaskEntry... entries) {
        return new DailyProgress("p" + date, "ana", date, List.of(entries), null, null, null, null, null);
    }

    static DailyProgress rest(LocalDate date, TaskEntry... entries) {
        return new DailyProgress("p" + date, "ana", date, List.of(entries), null, null, null, null, true);
    }

    static TaskEntry done(String task) {
        return new TaskEntry(task, task, true, null, null, null, null, null, List.of());
    }

    static TaskEntry doneAt(String task, String instant) {
        return new TaskEntry(task, task, true, Instant.parse(instant), null, null, null, null, List.of());
    }

    static TaskEntry rated(String task, boolean completed, Integer difficulty) {
        return new TaskEntry(task, task, completed, null, null, difficulty, null, null, List.of());
    }

    static TaskEntry skipped(String task, String... obstacles) {
        return new TaskEntry(task, task, false, null, null, null, null, "ran_out_of_time", List.of(obstacles));
    }

    static List<DailyProgress> list(DailyProgress... days) {
        return new ArrayList<>(List.of(days));
    }
}
