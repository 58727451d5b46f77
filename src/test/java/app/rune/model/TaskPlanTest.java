package app.rune.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's schedule, target and earlier schedules: their JSON form and what they say about a day. */
class TaskPlanTest {
    private final ObjectMapper json = TestData.json();
    private final DailyTask run = new DailyTask("run", "Run", null, null, 30, 1, Instant.parse("2026-01-05T08:00:00Z"));

    @Test
    void theIssuesFormsReadAndWriteBackExactly() throws Exception {
        String text = """
                {"id": "gym", "title": "Gym", "schedule": {"every": "week", "days": ["mon", "wed", "fri"]},
                 "target": {"amount": 20, "unit": "pages", "kind": "at_least"},
                 "earlier_schedules": [{"until": "2026-02-01"}, {"schedule": {"every": "week", "times": 3},
                   "until": "2026-03-01"}]}""";
        DailyTask task = json.readValue(text, DailyTask.class);

        assertThat(task.schedule()).isEqualTo(TaskSchedule.onDays(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)));
        assertThat(task.target()).isEqualTo(new TaskTarget(new BigDecimal("20"), "pages", TargetKind.AT_LEAST));
        assertThat(json.readTree(json.writeValueAsString(task))).isEqualTo(json.readTree(text));
    }

    @Test
    void aTaskWithoutAPlanIsWrittenAsTheSeedsTasksAre() throws Exception {
        assertThat(json.writeValueAsString(run)).doesNotContain("schedule", "target");
        assertThat(run.measurable()).isFalse();
        assertThat(run.scheduleOn(LocalDate.of(2026, 1, 1))).isEqualTo(TaskSchedule.EVERY_DAY);
    }

    @Test
    void anAmountKeepsItsDecimalsAndAPlainForm() throws Exception {
        TaskEntry entry = json.readValue("{\"task_id\": \"read\", \"completed\": true, \"amount\": 12.5}",
                TaskEntry.class);

        assertThat(entry.amount()).isEqualByComparingTo("12.5");
        assertThat(json.writeValueAsString(entry)).contains("\"amount\" : 12.5");
        assertThat(json.writeValueAsString(new TaskTarget(new BigDecimal("1E+3"), "g", TargetKind.AT_MOST)))
                .contains("\"amount\" : 1000");
    }

    @Test
    void aTargetIsMetAtLeastOrAtMost() {
        TaskTarget pages = new TaskTarget(new BigDecimal("20"), "pages", TargetKind.AT_LEAST);
        TaskTarget cups = new TaskTarget(new BigDecimal("2"), "cups", TargetKind.AT_MOST);

        assertThat(pages.metBy(new BigDecimal("20.000"))).isTrue();
        assertThat(pages.metBy(new BigDecimal("19.999"))).isFalse();
        assertThat(cups.metBy(BigDecimal.ZERO)).isTrue();
        assertThat(cups.metBy(new BigDecimal("2.5"))).isFalse();
        assertThat(cups.metBy(null)).isFalse();
    }

    @Test
    void weekdaysNameTheirDaysAndFlexibleSchedulesNone() {
        TaskSchedule gym = TaskSchedule.onDays(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY));
        LocalDate monday = LocalDate.of(2026, 11, 30);

        assertThat(gym.days()).containsExactly(Weekday.MON, Weekday.FRI);
        assertThat(gym.names(monday)).isTrue();
        assertThat(gym.names(monday.plusDays(1))).isFalse();
        assertThat(TaskSchedule.timesAWeek(3).names(monday)).isFalse();
        assertThat(TaskSchedule.timesAWeek(3).flexible()).isTrue();
        assertThat(TaskSchedule.EVERY_DAY.names(monday)).isTrue();
    }

    @Test
    void aChangedScheduleLeavesTheDaysBeforeItAsTheyWere() {
        LocalDate change = LocalDate.of(2026, 3, 10);
        DailyTask weekly = run.withSchedule(TaskSchedule.timesAWeek(3), change);

        assertThat(weekly.scheduleOn(change.minusDays(1))).isEqualTo(TaskSchedule.EVERY_DAY);
        assertThat(weekly.scheduleOn(change)).isEqualTo(TaskSchedule.timesAWeek(3));
        assertThat(weekly.earlierSchedules()).containsExactly(new EarlierSchedule(null, change.minusDays(1)));

        DailyTask gym = weekly.withSchedule(TaskSchedule.onDays(List.of(DayOfWeek.MONDAY)), change.plusDays(7));
        assertThat(gym.scheduleOn(change.minusDays(1))).isEqualTo(TaskSchedule.EVERY_DAY);
        assertThat(gym.scheduleOn(change.plusDays(6))).isEqualTo(TaskSchedule.timesAWeek(3));
        assertThat(gym.scheduleOn(change.plusDays(7)).days()).containsExactly(Weekday.MON);
    }

    @Test
    void twoChangesOnOneDayLeaveOnlyTheLaterOne() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        DailyTask twice = run.withSchedule(TaskSchedule.timesAWeek(3), day)
                .withSchedule(TaskSchedule.timesAMonth(8), day);

        assertThat(twice.earlierSchedules()).containsExactly(new EarlierSchedule(null, day.minusDays(1)));
        assertThat(twice.scheduleOn(day)).isEqualTo(TaskSchedule.timesAMonth(8));
        assertThat(twice.scheduleOn(day.minusDays(1))).isEqualTo(TaskSchedule.EVERY_DAY);
    }

    @Test
    void settingTheSameScheduleChangesNothing() {
        assertThat(run.withSchedule(TaskSchedule.EVERY_DAY, LocalDate.of(2026, 3, 10))).isSameAs(run);
        assertThat(run.withSchedule(null, LocalDate.of(2026, 3, 10))).isSameAs(run);
    }

    @Test
    void theDayStartsAtMidnightUnlessSaidOtherwise() throws Exception {
        GoalPatterns none = json.readValue("{\"max_daily_tasks\": 3}", GoalPatterns.class);
        GoalPatterns owl = json.readValue("{\"day_starts_at\": \"04:00\"}", GoalPatterns.class);

        assertThat(none.dayStart()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(owl.dayStart()).isEqualTo(LocalTime.of(4, 0));
        assertThat(json.writeValueAsString(owl)).contains("\"day_starts_at\" : \"04:00\"");
        assertThat(owl.withDayStartsAt(LocalTime.MIDNIGHT).dayStartsAt()).isNull();
    }
}
