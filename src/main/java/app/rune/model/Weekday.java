package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;

/** A day of the week as a schedule names it ({@code "mon"} … {@code "sun"}). */
public enum Weekday {
    @JsonProperty("mon") MON(DayOfWeek.MONDAY),
    @JsonProperty("tue") TUE(DayOfWeek.TUESDAY),
    @JsonProperty("wed") WED(DayOfWeek.WEDNESDAY),
    @JsonProperty("thu") THU(DayOfWeek.THURSDAY),
    @JsonProperty("fri") FRI(DayOfWeek.FRIDAY),
    @JsonProperty("sat") SAT(DayOfWeek.SATURDAY),
    @JsonProperty("sun") SUN(DayOfWeek.SUNDAY);

    private final DayOfWeek day;

    Weekday(DayOfWeek day) {
        this.day = day;
    }

    public DayOfWeek dayOfWeek() {
        return day;
    }

    public static Weekday of(DayOfWeek day) {
        return values()[day.getValue() - 1];
    }

    /** The name as stored ({@code "mon"}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
