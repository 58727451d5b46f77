package app.rune.ui.shell;

import app.rune.TestData;
import app.rune.model.CommunicationStyle;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.ProgressCheckFrequency;
import app.rune.model.ReminderSettings;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/** Ana in UTC with a daily 19:00 reminder and two daily tasks; the clock half an hour after her reminder time. */
public final class ReminderFixture {
    public static final Clock HALF_PAST_SEVEN = Clock.fixed(Instant.parse("2025-06-28T19:30:00Z"), ZoneOffset.UTC);

    private ReminderFixture() {
    }

    /** Writes Ana into a new data folder; {@code style} is her reminder style (brief, friendly, detailed). */
    public static void addAna(Path dataFolder, String style) throws Exception {
        Instant created = Instant.parse("2025-06-01T10:00:00Z");
        try (Store store = Store.open(DataFolder.open(dataFolder), TestData.json())) {
            store.userPreferences().save(new UserPreferences("ana",
                    new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC")),
                    new ReminderSettings(true, LocalTime.of(19, 0), style, ProgressCheckFrequency.DAILY), null));
            store.userGoals().save(new UserGoals("ana",
                    new LongTermGoal("Hold a 10-minute conversation in Spanish", null, LocalDate.of(2025, 12, 31),
                            GoalStatus.ACTIVE, created, created),
                    List.of(new DailyTask("task_1", "Duolingo practice", null, "2 lessons", 20, 1, created),
                            new DailyTask("task_2", "Vocabulary flashcards", null, "All cards", 15, 2, created)),
                    List.of(), List.of()));
        }
    }
}
