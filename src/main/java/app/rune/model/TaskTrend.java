package app.rune.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How hard one task feels on average (null when never rated) and how often it gets done. */
public record TaskTrend(
        @JsonInclude(JsonInclude.Include.ALWAYS) Double avgDifficulty,
        Double completionRate) {
}
