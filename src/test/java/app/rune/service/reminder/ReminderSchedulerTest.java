package app.rune.service.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.ProgressCheckFrequency;
import app.rune.support.MovingClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reminder's rules, run against a simulated clock: a month in a second, through daylight-saving changes. */
class ReminderSchedulerTest {

    private static ReminderRules rules(ZoneId zone, LocalTime at, ProgressCheckFrequency frequency) {
        return new ReminderRules(true, at, frequency, DayOfWeek.WEDNESDAY, zone);
    }

    /** Ticks every minute from {@code from} for {@code days} days; returns when reminders fired. */
    private static List<ZonedDateTime> run(ReminderScheduler scheduler, MovingClock clock, ReminderRules rules,
            LocalDate from, int days, Function<LocalDate, ReminderDay> dayOf) {
        List<ZonedDateTime> fired = new ArrayList<>();
        clock.now = from.atStartOfDay(rules.zone()).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(rules.zone()).toInstant();
        while (clock.now.isBefore(end)) {
            LocalDate today = clock.now.atZone(rules.zone()).toLocalDate();
            if (scheduler.due("ana", rules, dayOf.apply(today))) {
                fired.add(clock.now.atZone(rules.zone()));
            }
            clock.now = clock.now.plus(Duration.ofMinutes(1));
        }
        return fired;
    }

    private static ReminderDay open(LocalDate date) {
        return new ReminderDay(date, 3, 1, false, false);
    }

    @ParameterizedTest(name = "{0}, {1} at {2}")
    @CsvSource({
        "America/New_York, 2025-03-01, 19:00",
        "America/New_York, 2025-10-20, 19:00",
        "Europe/Berlin, 2025-03-15, 08:30",
        "Europe/Berlin, 2025-10-15, 20:00",
        "UTC+7, 2025-06-01, 07:00"})
    void aMonthThroughADaylightSavingChangeHasOneReminderADayAtTheLocalTime(String zone, LocalDate from,
            LocalTime at) {
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ReminderRules rules = rules(ZoneId.of(zone.startsWith("UTC+") ? "UTC+07:00" : zone), at,
                ProgressCheckFrequency.DAILY);

        List<ZonedDateTime> fired = run(new ReminderScheduler(clock, ReminderLog.inMemory()), clock, rules, from, 31,
                ReminderSchedulerTest::open);

        assertThat(fired).hasSize(31);
        assertThat(fired).allSatisfy(when -> assertThat(when.toLocalTime()).isEqualTo(at));
        Set<LocalDate> days = new HashSet<>();
        fired.forEach(when -> assertThat(days.add(when.toLocalDate())).as("one a day").isTrue());
    }

    @Test
    void aTimeSkippedBySpringForwardFiresAtTheFirstMomentAfterAndAFallBackHourDoesNotRepeatIt() {
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ZoneId newYork = ZoneId.of("America/New_York");
        // 9 March 2025 jumps from 02:00 to 03:00; 2 November 2025 repeats 01:00-02:00.
        List<ZonedDateTime> spring = run(new ReminderScheduler(clock, ReminderLog.inMemory()), clock,
                rules(newYork, LocalTime.of(2, 30), ProgressCheckFrequency.DAILY), LocalDate.of(2025, 3, 8), 3,
                ReminderSchedulerTest::open);
        List<ZonedDateTime> autumn = run(new ReminderScheduler(clock, ReminderLog.inMemory()), clock,
                rules(newYork, LocalTime.of(1, 30), ProgressCheckFrequency.DAILY), LocalDate.of(2025, 11, 1), 3,
                ReminderSchedulerTest::open);

        assertThat(spring).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDateTime.of(2025, 3, 8, 2, 30), LocalDateTime.of(2025, 3, 9, 3, 0), LocalDateTime.of(2025, 3, 10, 2, 30));
        assertThat(autumn).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDateTime.of(2025, 11, 1, 1, 30), LocalDateTime.of(2025, 11, 2, 1, 30),
                LocalDateTime.of(2025, 11, 3, 1, 30));
    }

    @Test
    void aDayWithNothingLeftGetsNoReminder() {
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ReminderRules rules = rules(ZoneId.of("Europe/Berlin"), LocalTime.of(19, 0), ProgressCheckFrequency.DAILY);
        LocalDate from = LocalDate.of(2025, 7, 1);

        List<ZonedDateTime> fired = run(new ReminderScheduler(clock, ReminderLog.inMemory()), clock, rules, from, 5,
                date -> switch (date.getDayOfMonth()) {
                    case 1 -> new ReminderDay(date, 3, 3, false, false);
                    case 2 -> new ReminderDay(date, 3, 0, true, false);
                    case 3 -> new ReminderDay(date, 3, 0, false, true);
                    case 4 -> new ReminderDay(date, 0, 0, false, false);
                    default -> open(date);
                });

        assertThat(fired).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2025, 7, 5));
    }

    @Test
    void weekdaysAndWeeklyFollowTheFrequency() {
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ZoneId zone = ZoneId.of("UTC");
        LocalDate monday = LocalDate.of(2025, 7, 7);

        List<ZonedDateTime> weekdays = run(new ReminderScheduler(clock, ReminderLog.inMemory()), clock,
                rules(zone, LocalTime.of(18, 0), ProgressCheckFrequency.WEEKDAYS), monday, 14, ReminderSchedulerTest::open);
        List<ZonedDateTime> weekly = run(new ReminderScheduler(clock, ReminderLog.inMemory()), clock,
                rules(zone, LocalTime.of(18, 0), ProgressCheckFrequency.WEEKLY), monday, 14, ReminderSchedulerTest::open);

        assertThat(weekdays).hasSize(10).allSatisfy(when -> assertThat(when.getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(weekly).extracting(ZonedDateTime::getDayOfWeek).containsExactly(DayOfWeek.WEDNESDAY,
                DayOfWeek.WEDNESDAY);
    }

    @Test
    void aMissedReminderComesOnceLaterTheSameDayButNeverForAPastDay() {
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ReminderLog log = ReminderLog.inMemory();
        ReminderScheduler scheduler = new ReminderScheduler(clock, log);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        ReminderRules rules = rules(zone, LocalTime.of(19, 0), ProgressCheckFrequency.DAILY);
        LocalDate day = LocalDate.of(2025, 7, 1);

        // Asleep from 18:00 to 22:10: the reminder comes at 22:10, once.
        clock.now = day.atTime(18, 0).atZone(zone).toInstant();
        assertThat(scheduler.due("ana", rules, open(day))).isFalse();
        clock.now = day.atTime(22, 10).atZone(zone).toInstant();
        assertThat(scheduler.due("ana", rules, open(day))).isTrue();
        assertThat(scheduler.due("ana", rules, open(day))).isFalse();

        // Closed all through the next evening, opened the morning after: nothing for the day that has passed.
        clock.now = day.plusDays(2).atTime(8, 0).atZone(zone).toInstant();
        assertThat(scheduler.due("ana", rules, open(day.plusDays(2)))).isFalse();
        assertThat(scheduler.due("ana", rules, open(day.plusDays(1)))).as("a day that is not today").isFalse();
    }

    @Test
    void snoozeBringsItBackOnceAfterFifteenMinutes() {
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ReminderScheduler scheduler = new ReminderScheduler(clock, ReminderLog.inMemory());
        ZoneId zone = ZoneId.of("UTC");
        ReminderRules rules = rules(zone, LocalTime.of(19, 0), ProgressCheckFrequency.DAILY);
        LocalDate day = LocalDate.of(2025, 7, 1);
        clock.now = day.atTime(19, 0).atZone(zone).toInstant();
        assertThat(scheduler.due("ana", rules, open(day))).isTrue();

        scheduler.snooze("ana", rules);

        List<ZonedDateTime> fired = new ArrayList<>();
        for (int minute = 1; minute <= 120; minute++) {
            clock.now = day.atTime(19, 0).plusMinutes(minute).atZone(zone).toInstant();
            if (scheduler.due("ana", rules, open(day))) {
                fired.add(clock.now.atZone(zone));
            }
        }
        assertThat(fired).extracting(ZonedDateTime::toLocalTime).containsExactly(LocalTime.of(19, 15));
    }

    @Test
    void settingsChangedMidDayTakeEffectAtOnceWithoutASecondReminder() {
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ReminderScheduler scheduler = new ReminderScheduler(clock, ReminderLog.inMemory());
        ZoneId zone = ZoneId.of("UTC");
        LocalDate day = LocalDate.of(2025, 7, 1);
        clock.now = day.atTime(17, 0).atZone(zone).toInstant();
        assertThat(scheduler.due("ana", rules(zone, LocalTime.of(19, 0), ProgressCheckFrequency.DAILY), open(day)))
                .isFalse();

        // Moved earlier than now: due at once.
        assertThat(scheduler.due("ana", rules(zone, LocalTime.of(16, 0), ProgressCheckFrequency.DAILY), open(day)))
                .isTrue();
        // Moved later again the same day: today's reminder was sent.
        clock.now = day.atTime(21, 0).atZone(zone).toInstant();
        assertThat(scheduler.due("ana", rules(zone, LocalTime.of(20, 0), ProgressCheckFrequency.DAILY), open(day)))
                .isFalse();
        // Switched off: nothing.
        clock.now = day.plusDays(1).atTime(21, 0).atZone(zone).toInstant();
        assertThat(scheduler.due("ana", new ReminderRules(false, LocalTime.of(20, 0), ProgressCheckFrequency.DAILY,
                null, zone), open(day.plusDays(1)))).isFalse();
    }

    @Test
    void aTimeZoneMovedBackDoesNotRemindYesterdayAgain() {
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ReminderScheduler scheduler = new ReminderScheduler(clock, ReminderLog.inMemory());
        LocalDate day = LocalDate.of(2025, 7, 2);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        clock.now = day.atTime(19, 5).atZone(tokyo).toInstant();
        assertThat(scheduler.due("ana", rules(tokyo, LocalTime.of(19, 0), ProgressCheckFrequency.DAILY), open(day)))
                .isTrue();

        // Flown to Los Angeles: it is still 1 July there, and 19:00 has not come yet... then it has.
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        clock.now = clock.now.plus(Duration.ofHours(20));
        LocalDate there = clock.now.atZone(losAngeles).toLocalDate();
        assertThat(there).isEqualTo(LocalDate.of(2025, 7, 2));
        assertThat(scheduler.due("ana", rules(losAngeles, LocalTime.of(19, 0), ProgressCheckFrequency.DAILY),
                open(there))).as("2 July already had its reminder in Tokyo").isFalse();
    }

    @Test
    void aNightOwlsReminderAfterMidnightComesLateInTheirDayNotEarly() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        ReminderRules owl = new ReminderRules(true, LocalTime.of(1, 0), ProgressCheckFrequency.DAILY,
                DayOfWeek.MONDAY, zone, LocalTime.of(4, 0));
        MovingClock clock = new MovingClock(Instant.EPOCH);
        ReminderScheduler scheduler = new ReminderScheduler(clock, ReminderLog.inMemory());
        List<LocalDateTime> fired = new ArrayList<>();
        List<LocalDate> forDays = new ArrayList<>();
        clock.now = LocalDate.of(2025, 6, 2).atTime(4, 0).atZone(zone).toInstant();
        Instant end = LocalDate.of(2025, 6, 5).atTime(4, 0).atZone(zone).toInstant();
        while (clock.now.isBefore(end)) {
            LocalDate theirDay = owl.dayOf(clock.now.atZone(zone).toLocalDateTime());
            if (scheduler.due("ana", owl, open(theirDay))) {
                fired.add(clock.now.atZone(zone).toLocalDateTime());
                forDays.add(theirDay);
            }
            clock.now = clock.now.plus(Duration.ofMinutes(1));
        }

        assertThat(fired).containsExactly(LocalDateTime.of(2025, 6, 3, 1, 0), LocalDateTime.of(2025, 6, 4, 1, 0),
                LocalDateTime.of(2025, 6, 5, 1, 0));
        assertThat(forDays).containsExactly(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3),
                LocalDate.of(2025, 6, 4));
    }
}
