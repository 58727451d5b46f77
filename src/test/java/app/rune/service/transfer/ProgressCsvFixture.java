package app.rune.service.transfer;

import app.rune.model.CommunicationStyle;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.TargetKind;
import app.rune.model.TaskEntry;
import app.rune.model.TaskTarget;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Progress with everything the CSV export has to quote, guard or convert: notes with commas, quotes and line
 * breaks, text that would be a formula, non-Latin text and emoji, a measured task's amount, a completion time with
 * seconds after midnight on the person's clock, a title that changed since, check-in-only and rest days, day notes.
 * ana lives in Bangkok (UTC+7); bo has no zone (the computer's, UTC) and no goal any more.
 */
final class ProgressCsvFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    static final String NOTE = "café, \"très\"\nbien 🎉";
    static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);

    private ProgressCsvFixture() {
    }

    /** ana's and bo's preferences and ana's goal: what a data folder knows of them before any progress. */
    static void savePeople(Store store) {
        store.userPreferences().save(new UserPreferences("ana",
                new CommunicationStyle(null, null, null, null, new UserTimeZone("Asia/Bangkok")), null, null));
        store.userPreferences().save(new UserPreferences("bo", null, null, null));
        store.userGoals().save(new UserGoals("ana",
                new LongTermGoal("Calmer evenings", null, null, GoalStatus.ACTIVE, null, null),
                List.of(new DailyTask("read", "Read, \"slowly\" 📚", null, null, 20, 2, null, null,
                                new TaskTarget(new BigDecimal("20"), "pages", TargetKind.AT_LEAST), null),
                        new DailyTask("stretch", "Stretch", null, null, 10, 1, null),
                        new DailyTask("journal", "Писать дневник ✍️", null, null, 10, 3, null)),
                null, null));
    }

    /** {@link #savePeople} and their days. */
    static void saveAll(Store store) {
        savePeople(store);
        store.dailyProgress().save(new DailyProgress("p1", "ana", NOV_25, List.of(
                // Recorded as "Read" before the task was renamed; 17:05:42 UTC is 00:05 on the 26th in Bangkok.
                new TaskEntry("read", "Read", true, Instant.parse("2026-11-25T17:05:42Z"), NOTE, 3, 5, null, null,
                        new BigDecimal("25.50")),
                new TaskEntry("stretch", "Stretch", false, null, "=SUM(A1)", null, null, "-too tired",
                        List.of("work, late", "@home"))),
                4, "+hopeful", Instant.parse("2026-11-25T14:00:00Z"), Instant.parse("2026-11-25T01:00:00Z"), null));
        store.dailyProgress().save(new DailyProgress("p2", "ana", LocalDate.of(2026, 11, 26), List.of(),
                5, "calm", Instant.parse("2026-11-26T13:00:00Z"), Instant.parse("2026-11-26T01:00:00Z"), true));
        store.dailyProgress().save(new DailyProgress("p3", "ana", LocalDate.of(2026, 11, 27), List.of(
                new TaskEntry("journal", "Писать дневник ✍️", true, Instant.parse("2026-11-27T01:00:00Z"),
                        "日本語のメモ\n二行目", 2, 4, null, List.of("усталость"))),
                null, null, null, Instant.parse("2026-11-27T01:00:00Z"), false,
                "Loop: \"Meditate\", 10 min\n@night"));
        // Opened on the Today screen and left alone: the export has no line for it, and the import leaves it.
        store.dailyProgress().save(new DailyProgress("p4", "ana", LocalDate.of(2026, 11, 28), List.of(),
                null, null, null, Instant.parse("2026-11-28T02:00:00Z"), null));
        store.dailyProgress().save(new DailyProgress("p5", "bo", NOV_25, List.of(
                new TaskEntry("walk", "Walk 5 km", true, Instant.parse("2026-11-25T23:59:30Z"), null, 2, 4,
                        "\tlater", null)),
                null, null, null, Instant.parse("2026-11-25T06:00:00Z"), null));
    }
}
