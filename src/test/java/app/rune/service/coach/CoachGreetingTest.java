package app.rune.service.coach;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.ConversationMessage;
import app.rune.model.DailyProgress;
import app.rune.model.StreakRecords;
import app.rune.model.TaskEntry;
import app.rune.model.UserAnalytics;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hello's insight speaks of the person's recent days, in their own time zone. */
class CoachGreetingTest {
    // 20:00 on 1 July in UTC is 03:00 on 2 July for Ana, who lives in UTC+7: her last two weeks are 19 June to
    // 2 July; the computer's would be 18 June to 1 July.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T20:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @SafeVarargs
    private static DailyProgress day(String date, List<String>... entries) {
        List<TaskEntry> tasks = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            tasks.add(new TaskEntry("task_" + i, "Task " + i, false, null, null, null, null, "other", entries[i]));
        }
        return new DailyProgress("p-" + date, "ana", LocalDate.parse(date), tasks, null, null, null, null, null);
    }

    @Test
    void theHelloNamesWhatStoppedThePersonMostInTheirLastTwoWeeks() throws Exception {
        try (RuneSession session = RuneSession.open(temp.resolve("data"), CLOCK)) {
            Store store = session.store();
            store.userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("UTC+7")));
            // Family on each of 1 to 18 June (18 times, all before her two weeks), then on 19 and 30 June: 20 in
            // all, 2 lately. Rain on 25 June, 1 July and 2 July: 3 times, all lately.
            for (LocalDate d = LocalDate.of(2025, 6, 1); !d.isAfter(LocalDate.of(2025, 6, 18)); d = d.plusDays(1)) {
                store.dailyProgress().save(day(d.toString(), List.of("family")));
            }
            store.dailyProgress().save(day("2025-06-19", List.of("family")));
            store.dailyProgress().save(day("2025-06-25", List.of("rain")));
            store.dailyProgress().save(day("2025-06-30", List.of("family")));
            store.dailyProgress().save(day("2025-07-01", List.of("rain")));
            store.dailyProgress().save(day("2025-07-02", List.of("rain"), List.of()));
            store.userAnalytics().save(new UserAnalytics("ana", 0.0, 0.0, new StreakRecords(0, 0, null),
                    Map.of("family", 20, "rain", 3), List.of(), Map.of(), CLOCK.instant()));

            session.coach().greet("ana");

            List<ConversationMessage> said = session.coach().conversation("ana").recentMessages();
            assertThat(said).last().extracting(ConversationMessage::text).asString()
                    .endsWith(" Rain stopped you 3 times in the last two weeks.");
        }
    }
}
