package app.rune.service.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Decides, each time it is asked, whether the person's reminder is due now. It keeps no timers: asked every
 * half minute (and at once after a settings change), it reads the wall clock in the person's time zone, so
 * daylight-saving shifts, a new time zone, a clock that jumps or a computer that slept cannot make it fire at
 * the wrong local time. What was sent is remembered per local date, so a day never gets two reminders (a
 * snooze the person asked for excepted), and a day that has passed never gets one late.
 */
public final class ReminderScheduler {
    public static final Duration SNOOZE = Duration.ofMinutes(15);

    private final Clock clock;
    private final ReminderLog log;

    public ReminderScheduler(Clock clock, ReminderLog log) {
        this.clock = clock;
        this.log = log;
    }

    /** Whether to remind now, for this day; when it answers yes it has already noted the reminder as sent. */
    public boolean due(String userId, ReminderRules rules, ReminderDay today) {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(rules.zone());
        LocalDate date = rules.dayOf(local.toLocalDateTime());
        if (!rules.enabled() || rules.at() == null || !date.equals(today.date()) || today.nothingLeft()) {
            return false;
        }
        ReminderLog.Entry entry = log.get(userId);
        Optional<Instant> snoozed = entry.snoozedUntil();
        if (snoozed.isPresent() && date.equals(entry.lastSent())) {
            if (now.isBefore(snoozed.get())) {
                return false;
            }
            log.put(userId, new ReminderLog.Entry(date, null));
            return true;
        }
        // Never a day that is not after the last one reminded: a clock or time zone moved back does not get
        // yesterday a second reminder.
        if (entry.lastSent() != null && !date.isAfter(entry.lastSent()) || !rules.isReminderDay(date.getDayOfWeek())) {
            return false;
        }
        // Past the reminder's local time in the person's day (a time skipped by a clock change counts as passed).
        if (rules.beforeReminder(local.toLocalTime())) {
            return false;
        }
        log.put(userId, new ReminderLog.Entry(date, null));
        return true;
    }

    /** "Snooze 15 minutes": today's reminder comes once more, a quarter of an hour from now. */
    public void snooze(String userId, ReminderRules rules) {
        LocalDate date = rules.dayOf(clock.instant().atZone(rules.zone()).toLocalDateTime());
        log.put(userId, new ReminderLog.Entry(date, clock.instant().plus(SNOOZE)));
    }
}
