package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One accepted round of refining a goal's wording: what the person wrote, what the coach proposed, what they kept. */
public record GoalRefinement(
        String original,
        String refined,
        @JsonProperty("final") String finalWording,
        Instant refinementDate) {
}
