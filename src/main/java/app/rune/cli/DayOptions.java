package app.rune.cli;

import app.rune.model.validation.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --user ID} and {@code --date YYYY-MM-DD}, shared by the commands that work on one person's day. */
final class DayOptions {
    @Option(names = "--user", paramLabel = "ID", description = "The user (needed when the data folder has several).")
    String user;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day (default: today in your time zone). Earlier days can be filled in; future ones not.")
    LocalDate date;

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(Problems.quote(value) + " is not a date (YYYY-MM-DD, e.g. 2025-06-28)");
            }
        }
    }
}
