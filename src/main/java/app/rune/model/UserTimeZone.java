package app.rune.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time zone as the person wrote it: an IANA id ({@code Asia/Bangkok}) or an offset from UTC written the way
 * people write it ({@code UTC+7}, {@code UTC-3:30}). The text is kept as written so that export gives back
 * exactly what was imported.
 */
public record UserTimeZone(String text) {
    private static final Pattern UTC_OFFSET = Pattern.compile("(?:UTC|GMT)([+-])(\\d{1,2})(?::(\\d{2}))?");

    public UserTimeZone {
        Objects.requireNonNull(text, "text");
        parse(text);
    }

    @JsonCreator
    public static UserTimeZone of(String text) {
        return new UserTimeZone(text);
    }

    public ZoneId zoneId() {
        return parse(text);
    }

    private static ZoneId parse(String text) {
        try {
            Matcher offset = UTC_OFFSET.matcher(text);
            if (offset.matches()) {
                int sign = offset.group(1).equals("-") ? -1 : 1;
                int hours = Integer.parseInt(offset.group(2));
                int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a time zone (use an IANA id such as Europe/Berlin, or UTC+7)");
        }
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
