package app.rune.model;

import java.time.LocalTime;

/** The coach's tone and the person's daily rhythm. */
public record CommunicationStyle(
        Formality formality,
        MotivationType motivationType,
        String culturalContext,
        LocalTime preferredCheckInTime,
        UserTimeZone timezone) {
}
