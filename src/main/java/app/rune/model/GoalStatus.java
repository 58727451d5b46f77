package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a long-term goal stands. */
public enum GoalStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("paused") PAUSED,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("abandoned") ABANDONED
}
