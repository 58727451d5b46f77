package app.rune.model;

import java.time.Instant;

/** One small task the person agreed to do every day; {@code estimatedTime} is in minutes. */
public record DailyTask(
        String id,
        String title,
        String description,
        String successCriteria,
        Integer estimatedTime,
        Integer priority,
        Instant createdAt) {
}
