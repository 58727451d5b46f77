package app.rune.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How hard one task feels on average (null when never rated), how often it gets done, and for a measurable
 * task the mean amount of the entries that have one (left out when none has).
 */
public record TaskTrend(
        @JsonInclude(JsonInclude.Include.ALWAYS) Double avgDifficulty,
        Double completionRate,
        Double avgAmount) {

    public TaskTrend(Double avgDifficulty, Double completionRate) {
        this(avgDifficulty, completionRate, null);
    }
}
