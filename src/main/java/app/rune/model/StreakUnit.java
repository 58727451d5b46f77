package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a task's streak counts: due days with it done, or weeks or months with it done often enough. */
public enum StreakUnit {
    @JsonProperty("days") DAYS,
    @JsonProperty("weeks") WEEKS,
    @JsonProperty("months") MONTHS
}
