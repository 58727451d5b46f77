package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a schedule repeats over: its {@code every}. */
public enum SchedulePeriod {
    @JsonProperty("day") DAY,
    @JsonProperty("week") WEEK,
    @JsonProperty("month") MONTH
}
