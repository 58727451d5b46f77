package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who wrote a message in the coach conversation. */
public enum MessageAuthor {
    @JsonProperty("coach") COACH,
    @JsonProperty("user") USER
}
