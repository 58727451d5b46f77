package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a measurable task is met by reaching its amount (20 pages) or by staying within it (2 cups). */
public enum TargetKind {
    @JsonProperty("at_least") AT_LEAST,
    @JsonProperty("at_most") AT_MOST
}
