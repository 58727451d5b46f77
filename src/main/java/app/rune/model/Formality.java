package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How formally the coach addresses the person. */
public enum Formality {
    @JsonProperty("formal") FORMAL,
    @JsonProperty("casual") CASUAL,
    @JsonProperty("friendly") FRIENDLY
}
