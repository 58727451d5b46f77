package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** On which days the person wants to be asked about their progress. */
public enum ProgressCheckFrequency {
    @JsonProperty("daily") DAILY,
    @JsonProperty("weekdays") WEEKDAYS,
    @JsonProperty("weekly") WEEKLY
}
