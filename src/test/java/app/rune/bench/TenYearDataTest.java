package app.rune.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.TaskEntry;
import app.rune.service.conversation.ConversationService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of the benchmark's generator leaves what the services would: a day per date, as counted. */
class TenYearDataTest {
    private static final LocalDate LAST = LocalDate.of(2024, 3, 31);

    @TempDir
    Path temp;

    @Test
    void aWeekHasADayPerDateWithTheCountedTicksSkipsAndCheckIns() throws Exception {
        List<String> progress = new ArrayList<>();
        TenYearData.Summary summary = TenYearData.generate(temp.resolve("data"), LAST, 7, 1L, progress::add);

        assertThat(summary.firstDay()).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(progress).hasSize(1).first().asString().contains("7 of 7 days");
        assertThat(summary.fileBytesCompacted()).isPositive().isLessThanOrEqualTo(summary.fileBytesOpen());
        assertThat(summary.fileBytesLargest()).as("the largest size seen includes the last").isGreaterThanOrEqualTo(
                summary.fileBytesOpen());
        try (RuneSession session = RuneSession.open(temp.resolve("data"),
                Clock.fixed(LAST.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            List<String> tasks = session.goals().approvedTasks(TenYearData.USER).stream().map(DailyTask::id).toList();
            assertThat(tasks).as("three goals of three tasks").hasSize(9);
            assertThat(session.goals().approvedGoals(TenYearData.USER)).hasSize(3);
            assertThat(session.conversation().isPending(TenYearData.USER,
                    ConversationService.CONFIRM_GOAL_BREAKDOWN)).isFalse();
            assertThat(session.checkIns().today(TenYearData.USER)).isEqualTo(LAST.plusDays(1));

            List<DailyProgress> days = session.store().dailyProgress()
                    .findByUserBetween(TenYearData.USER, LAST.minusDays(30), LAST.plusDays(30));
            assertThat(days).extracting(DailyProgress::date)
                    .containsExactly(LAST.minusDays(6), LAST.minusDays(5), LAST.minusDays(4), LAST.minusDays(3),
                            LAST.minusDays(2), LAST.minusDays(1), LAST);
            List<TaskEntry> entries = days.stream().flatMap(d -> d.tasks().stream()).toList();
            assertThat(entries).allSatisfy(e -> assertThat(tasks).contains(e.taskId()));
            // A mistaken tick is taken back and ticked again: one untick and one more tick, still done.
            assertThat(entries.stream().filter(TaskEntry::completed).count())
                    .isEqualTo(summary.ticks() - summary.unticks());
            assertThat(entries.stream().filter(e -> e.skipReason() != null).count()).isEqualTo(summary.skips());
            assertThat(days.stream().filter(d -> d.checkInTime() != null).count()).isEqualTo(summary.checkIns());
            // Each write was made on its own day, by the person's clock (this week crosses into summer time).
            for (DailyProgress day : days) {
                day.tasks().stream().filter(TaskEntry::completed).forEach(e ->
                        assertThat(e.completionTime().atZone(TenYearData.ZONE).toLocalDate()).isEqualTo(day.date()));
                if (day.checkInTime() != null) {
                    assertThat(day.checkInTime().atZone(TenYearData.ZONE).toLocalDate()).isEqualTo(day.date());
                }
            }
            assertThat(summary.writes()).isGreaterThanOrEqualTo(7L * 9);
        }
    }
}
