package app.rune.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** Runs of days with something done; the start date is null while there is no current run. */
public record StreakRecords(
        int currentStreak,
        int longestStreak,
        @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate streakStartDate) {
}
