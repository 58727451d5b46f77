package app.rune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.CommunicationStyle;
import app.rune.model.DailyTask;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.ProgressCheckFrequency;
import app.rune.model.ReminderSettings;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.service.reminder.FirstWorkingNotifier;
import app.rune.service.reminder.ReminderService;
import app.rune.support.JavaProcess;
import app.rune.support.MovingClock;
import app.rune.support.TestDesktop;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders against a real notification daemon: dunst on the test's own X display and session bus receives what
 * Rune sends through notify-send, and a click on it reaches Rune. Skipped, with the reason, where those programs
 * are not installed; CI installs them.
 */
class DesktopNotificationsTest {
    /** 19:05 in Tokyo, five minutes after Ken's reminder time. */
    private static final Instant AFTER_REMINDER_TIME = Instant.parse("2025-06-28T10:05:00Z");

    @TempDir
    Path temp;

    private TestDesktop desktop;

    @BeforeEach
    void startDesktop() throws Exception {
        String missing = TestDesktop.missing();
        Assumptions.assumeTrue(missing == null, () -> "Skipped: " + missing);
        Path dir = Files.createDirectories(temp.resolve("desktop"));
        desktop = TestDesktop.start(dir);
    }

    @AfterEach
    void stopDesktop() {
        if (desktop != null) {
            desktop.close();
        }
    }

    /** The daemon takes a moment to claim its name on the bus: until then notify-send fails. */
    private DesktopNotifier readyNotifier() throws Exception {
        DesktopNotifier notifier = new DesktopNotifier(desktop.environment(), null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!notifier.show("probe", "is the daemon up?", () -> { })) {
            assertThat(System.nanoTime()).as("the notification daemon did not come up").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(desktop.awaitReceived(1, 10)).extracting(TestDesktop.Received::summary).containsExactly("probe");
        desktop.closeAll();
        return notifier;
    }

    @Test
    void aDueReminderReachesTheDaemonInTheCoachsWordsAndAClickOpensToday() throws Exception {
        DesktopNotifier notifier = readyNotifier();
        try (RuneSession session = RuneSession.open(temp.resolve("data"), new MovingClock(AFTER_REMINDER_TIME))) {
            session.settings().save(new UserPreferences("ken",
                    new CommunicationStyle(null, null, null, null, new UserTimeZone("Asia/Tokyo")),
                    new ReminderSettings(true, LocalTime.of(19, 0), "detailed", ProgressCheckFrequency.DAILY), null));
            Instant created = Instant.parse("2025-06-01T00:00:00Z");
            session.store().userGoals().save(new UserGoals("ken",
                    new LongTermGoal("Read 12 books by December", null, LocalDate.of(2025, 12, 31),
                            GoalStatus.ACTIVE, created, created),
                    List.of(new DailyTask("task_1", "Read 20 pages", null, "20 pages", 30, 1, created)),
                    List.of(), List.of()));
            CountDownLatch openedToday = new CountDownLatch(1);
            ReminderService reminders = session.reminders("ken", new FirstWorkingNotifier(List.of(notifier)),
                    openedToday::countDown);

            assertThat(reminders.tick()).isTrue();

            List<TestDesktop.Received> received = desktop.awaitReceived(2, 10);
            assertThat(received).hasSize(2);
            String coachSaid = session.store().conversationContext().findById("ken").orElseThrow()
                    .recentMessages().get(0).text();
            assertThat(received.get(1)).isEqualTo(new TestDesktop.Received("Rune", "Rune", coachSaid));
            assertThat(coachSaid).contains("Read 20 pages");

            assertThat(reminders.tick()).as("the same day again").isFalse();

            desktop.clickTopmost();
            assertThat(openedToday.await(10, TimeUnit.SECONDS)).as("the click reached Rune").isTrue();
        }
    }

    @Test
    void withoutStdbufTheNotificationStillArrivesJustWithoutTheClick() throws Exception {
        readyNotifier();
        DesktopNotifier plain = new DesktopNotifier(desktop.environment(), null, false);

        assertThat(plain.show("Rune", "1 task left today", () -> { })).isTrue();
        assertThat(desktop.awaitReceived(2, 10)).last()
                .isEqualTo(new TestDesktop.Received("Rune", "Rune", "1 task left today"));
    }

    @Test
    void withoutADaemonTheRouteSaysNoSoTheNextOneIsTried() throws Exception {
        desktop.close();
        DesktopNotifier notifier = new DesktopNotifier(desktop.environment(), null);

        assertThat(notifier.show("Rune", "nobody listens", () -> { })).isFalse();
        assertThat(new DesktopNotifier(desktop.environment(), null, false).show("Rune", "nobody", () -> { }))
                .isFalse();
    }

    @Test
    void theTrayIconGoesIntoATrayWhereThereIsOne() throws Exception {
        Assumptions.assumeTrue(TestDesktop.onPath("trayer"), "Skipped: needs trayer, a tray host (Debian: trayer)");
        assertThat(probeTray()).as("no tray host yet").isEqualTo("no tray");

        desktop.startTray();
        assertThat(probeTray()).isEqualTo("installed");
    }

    private String probeTray() throws Exception {
        Process probe = JavaProcess.startOnDisplay(desktop.environment(), TrayProbe.class);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("the tray probe finished").isTrue();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return out.lines().filter(line -> line.equals("installed") || line.equals("no tray")).findFirst()
                .orElse(out);
    }
}
