package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the coach pushes: the person's preferred kind of motivation. */
public enum MotivationType {
    @JsonProperty("encouraging") ENCOURAGING,
    @JsonProperty("firm") FIRM,
    @JsonProperty("gentle") GENTLE
}
