package app.rune.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.support.MovingClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catching up when Rune opens: a streak that ended while it was closed is found, and listeners hear of it. */
class AnalyticsCatchUpTest {
    @TempDir
    Path temp;

    @Test
    void aStreakThatEndedWhileRuneWasClosedIsHeardOf() throws Exception {
        MovingClock clock = new MovingClock(Instant.parse("2025-07-03T20:00:00Z"));
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            AnalyticsService analytics = new AnalyticsService(store.dailyProgress(), store.userAnalytics(),
                    store.userPreferences(), store.userGoals(), clock);
            List<String> heard = new ArrayList<>();
            analytics.onStreakChange((user, before, after) -> heard.add(user + " " + before + "->" + after));
            for (int day = 1; day <= 3; day++) {
                LocalDate date = LocalDate.of(2025, 7, day);
                store.dailyProgress().save(new DailyProgress("d" + day, "ana", date,
                        List.of(new TaskEntry("t1", "Run", true, null, null, null, null, null, List.of())),
                        null, null, null, null, null));
            }
            analytics.catchUp("ana");
            assertThat(heard).containsExactly("ana 0->3");

            // Two days later without a tick: the run of three has ended (yesterday was missed).
            clock.advance(Duration.ofDays(2));
            analytics.catchUp("ana");
            assertThat(heard).containsExactly("ana 0->3", "ana 3->0");
        }
    }
}
