package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How well the coach knows the person; the wording warms up stage by stage. */
public enum RelationshipStage {
    @JsonProperty("new") NEW,
    @JsonProperty("building") BUILDING,
    @JsonProperty("established") ESTABLISHED,
    @JsonProperty("close") CLOSE
}
