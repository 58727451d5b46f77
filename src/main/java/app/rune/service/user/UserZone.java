package app.rune.service.user;

import app.rune.model.CommunicationStyle;
import app.rune.model.GoalPatterns;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The person's own time zone (their preference, else the computer's), and so their today (see {@link #today}). */
public final class UserZone {
    private UserZone() {
    }

    public static ZoneId of(Optional<UserPreferences> preferences, Clock clock) {
        return preferences.map(UserPreferences::communicationStyle)
                .map(CommunicationStyle::timezone)
                .map(UserTimeZone::zoneId)
                .orElse(clock.getZone());
    }

    /**
     * The person's today: the date in their zone, or the day before while it is earlier than their day's start
     * ({@code day_starts_at}: at 02:30 with a start of 04:00, it is still yesterday).
     */
    public static LocalDate today(Optional<UserPreferences> preferences, Clock clock) {
        return dayOf(preferences, clock.instant(), clock);
    }

    /** The person's day that {@code instant} belongs to (see {@link #today}). */
    public static LocalDate dayOf(Optional<UserPreferences> preferences, Instant instant, Clock clock) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, of(preferences, clock));
        LocalTime start = preferences.map(UserPreferences::goalPatterns).map(GoalPatterns::dayStart)
                .orElse(LocalTime.MIDNIGHT);
        return local.toLocalTime().isBefore(start) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    /**
     * The one zone for what belongs to the whole data folder rather than to one person, such as the names of
     * backups: the zone everyone in the folder lives in (the only person's, usually), or the computer's when
     * there is no one yet or when people in different zones share the folder. It is the folder's zone, not the
     * zone of whoever happens to be using Rune, so that backup names, which sort by their date and time, keep
     * the order in which the backups were made; with people in different zones, the computer's is the one they
     * have in common.
     *
     * @param people each person's preferences (empty for someone who has none: the computer's zone is theirs)
     */
    public static ZoneId shared(Collection<Optional<UserPreferences>> people, Clock clock) {
        Set<ZoneId> zones = new HashSet<>();
        people.forEach(preferences -> zones.add(of(preferences, clock)));
        return zones.size() == 1 ? zones.iterator().next() : clock.getZone();
    }
}
