package app.rune.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationContext;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.ProgressCheckFrequency;
import app.rune.model.ReminderSettings;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.support.MovingClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminder as the app runs it: the real data folder, check-ins, settings and coach, with a notifier that
 * records what it was asked to show. Ana lives in Berlin (UTC+2 in June) and wants reminding at 19:00.
 */
class ReminderServiceTest {
    /** 18:30 in Berlin. */
    private static final Instant BEFORE = Instant.parse("2025-06-28T16:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 28);

    record Shown(String title, String body, Runnable onOpen) {
    }

    @TempDir
    Path temp;

    private final MovingClock clock = new MovingClock(BEFORE);
    private final List<Shown> shown = new CopyOnWriteArrayList<>();
    private final Notifier recording = (title, body, onOpen) -> shown.add(new Shown(title, body, onOpen));
    private RuneSession session;

    @BeforeEach
    void setUp() throws Exception {
        session = RuneSession.open(temp.resolve("data"), clock);
        saveReminder("detailed", LocalTime.of(19, 0), true);
        Instant created = Instant.parse("2025-06-01T08:00:00Z");
        session.store().userGoals().save(new UserGoals("ana",
                new LongTermGoal("Hold a 10-minute conversation in Spanish", null, LocalDate.of(2025, 12, 31),
                        GoalStatus.ACTIVE, created, created),
                List.of(new DailyTask("task_1", "Duolingo practice", null, "2 lessons", 20, 1, created),
                        new DailyTask("task_2", "Vocabulary flashcards", "Review 30 words", "All cards", 20, 2,
                                created)),
                List.of(), List.of()));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private void saveReminder(String style, LocalTime at, boolean on) {
        assertThat(session.settings().save(new UserPreferences("ana",
                new CommunicationStyle(null, null, null, null, new UserTimeZone("Europe/Berlin")),
                new ReminderSettings(on, at, style, ProgressCheckFrequency.DAILY), null))).isEmpty();
    }

    private ReminderService reminders(Runnable openToday) {
        return session.reminders("ana", recording, openToday);
    }

    @Test
    void remindsOnceAtTheLocalTimeInTheCoachsVoiceNamingWhatIsLeft() {
        ReminderService reminders = reminders(() -> { });

        assertThat(reminders.tick()).as("18:30, before the reminder time").isFalse();
        clock.advance(Duration.ofMinutes(31));
        assertThat(reminders.tick()).as("19:01").isTrue();
        clock.advance(Duration.ofMinutes(30));
        assertThat(reminders.tick()).as("19:31, already reminded today").isFalse();

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).title()).isEqualTo("Rune");
        assertThat(shown.get(0).body()).contains("2 tasks").contains("Duolingo practice");
        ConversationContext conversation = session.store().conversationContext().findById("ana").orElseThrow();
        assertThat(conversation.recentMessages()).last()
                .satisfies(message -> assertThat(message.text()).isEqualTo(shown.get(0).body()));
    }

    @Test
    void namesTheFirstTaskStillOpenAndStaysQuietOnceEverythingIsDone() {
        clock.advance(Duration.ofMinutes(31));
        session.checkIns().setCompleted("ana", TODAY, "task_1", true);
        assertThat(reminders(() -> { }).tick()).isTrue();
        assertThat(shown.get(0).body()).contains("1 task").contains("Vocabulary flashcards")
                .doesNotContain("Duolingo");

        shown.clear();
        clock.advance(Duration.ofDays(1));
        session.checkIns().setCompleted("ana", TODAY.plusDays(1), "task_1", true);
        session.checkIns().setCompleted("ana", TODAY.plusDays(1), "task_2", true);
        assertThat(reminders(() -> { }).tick()).as("all done the next day").isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void aSkippedTaskIsSettledNotLeft() {
        clock.advance(Duration.ofMinutes(31));
        session.checkIns().skip("ana", TODAY, "task_1", "No time", List.of("work_overtime"), null);
        assertThat(reminders(() -> { }).tick()).isTrue();
        assertThat(shown.get(0).body()).contains("1 task").contains("Vocabulary flashcards")
                .doesNotContain("Duolingo");

        shown.clear();
        clock.advance(Duration.ofDays(1));
        session.checkIns().skip("ana", TODAY.plusDays(1), "task_1", "No time", List.of(), null);
        session.checkIns().setCompleted("ana", TODAY.plusDays(1), "task_2", true);
        assertThat(reminders(() -> { }).tick()).as("one done, one skipped").isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void theDayIsRememberedAcrossARestart() {
        clock.advance(Duration.ofMinutes(31));
        assertThat(reminders(() -> { }).tick()).isTrue();

        assertThat(reminders(() -> { }).tick()).as("a new service on the same file, same day").isFalse();
        assertThat(shown).hasSize(1);
    }

    @Test
    void aLaterReminderTimeSavedMidDayWaitsForIt() throws Exception {
        ReminderService reminders = reminders(() -> { });
        clock.advance(Duration.ofMinutes(31));
        saveReminder("friendly", LocalTime.of(21, 0), true);
        assertThat(reminders.tick()).as("19:01, now reminding at 21:00").isFalse();

        clock.advance(Duration.ofHours(2));
        assertThat(reminders.tick()).as("21:01").isTrue();
        assertThat(shown.get(0).body()).as("friendly now, not detailed").doesNotContain("Duolingo").contains("2");
    }

    @Test
    void switchingRemindersOffStopsThem() {
        saveReminder("detailed", LocalTime.of(19, 0), false);
        clock.advance(Duration.ofHours(1));
        assertThat(reminders(() -> { }).tick()).isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void aSavedChangeChecksAtOnceWhileRunning() throws Exception {
        saveReminder("detailed", LocalTime.of(21, 0), true);
        clock.advance(Duration.ofMinutes(31));
        try (ReminderService reminders = reminders(() -> { })) {
            reminders.start();
            Thread.sleep(300);
            assertThat(shown).as("19:01, reminder set for 21:00").isEmpty();

            // Moving the time to now sends it at once, not at the next half-minute check.
            saveReminder("detailed", LocalTime.of(19, 0), true);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (shown.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(shown).hasSize(1);
        }
    }

    @Test
    void snoozeBringsItBackAQuarterOfAnHourLater() {
        ReminderService reminders = reminders(() -> { });
        clock.advance(Duration.ofMinutes(31));
        assertThat(reminders.tick()).isTrue();

        reminders.snooze();
        clock.advance(Duration.ofMinutes(14));
        assertThat(reminders.tick()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(reminders.tick()).isTrue();
        clock.advance(Duration.ofMinutes(15));
        assertThat(reminders.tick()).as("once per snooze").isFalse();
        assertThat(shown).hasSize(2);
    }

    @Test
    void clickingTheNotificationRunsOpenToday() {
        int[] opened = {0};
        clock.advance(Duration.ofMinutes(31));
        reminders(() -> opened[0]++).tick();

        shown.get(0).onOpen().run();
        assertThat(opened[0]).isEqualTo(1);
    }
}
