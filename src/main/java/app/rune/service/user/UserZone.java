package app.rune.service.user;

import app.rune.model.CommunicationStyle;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The person's own time zone (their preference, else the computer's), and so their today. */
public final class UserZone {
    private UserZone() {
    }

    public static ZoneId of(Optional<UserPreferences> preferences, Clock clock) {
        return preferences.map(UserPreferences::communicationStyle)
                .map(CommunicationStyle::timezone)
                .map(UserTimeZone::zoneId)
                .orElse(clock.getZone());
    }

    public static LocalDate today(Optional<UserPreferences> preferences, Clock clock) {
        return LocalDate.now(clock.withZone(of(preferences, clock)));
    }
}
