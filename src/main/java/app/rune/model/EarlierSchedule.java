package app.rune.model;

import java.time.LocalDate;

/**
 * A schedule a task had before it was changed, and the last day it applied ({@code until}), so that earlier days
 * are judged by the schedule they had. No schedule means every day.
 */
public record EarlierSchedule(TaskSchedule schedule, LocalDate until) {
}
