package app.rune.cli;

import app.rune.model.validation.Problems;
import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code rune check TASK_ID}: tick a task off, with notes and ratings if given. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Tick a task off for the day, optionally with notes and ratings (1 to 5); for a measurable "
                + "task, with the amount done (without one, its target).")
final class CheckCommand extends DayCommand {
    @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task's id, as `rune today` shows it.")
    String taskId;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes on how it went.")
    String notes;

    @Option(names = "--difficulty", paramLabel = "N", description = "How hard it felt, 1 (easy) to 5 (hard).")
    Integer difficulty;

    @Option(names = "--satisfaction", paramLabel = "N", description = "How satisfied you are, 1 to 5.")
    Integer satisfaction;

    @Option(names = "--amount", paramLabel = "N", converter = AmountConverter.class,
            description = "How much of a measurable task was done (e.g. 12.5); it counts as done once it meets the "
                    + "task's target.")
    BigDecimal amount;

    @Override
    DayPlan run(CheckInService checkIns, String user) {
        if (amount == null && notes == null && difficulty == null && satisfaction == null) {
            return checkIns.setCompleted(user, day.date, taskId, true).day();
        }
        // One change: the tick with its amount, notes and ratings; options left out keep what was recorded before.
        return checkIns.complete(user, day.date, taskId, amount, notes, difficulty, satisfaction).day();
    }

    /** A plain decimal number: {@code 12.5}, not {@code 1e3}, {@code 12,5} or {@code NaN}. */
    static final class AmountConverter implements ITypeConverter<BigDecimal> {
        private static final Pattern PLAIN = Pattern.compile("\\d{1,12}(\\.\\d+)?");

        @Override
        public BigDecimal convert(String value) {
            String number = value.strip();
            if (!PLAIN.matcher(number).matches()) {
                throw new TypeConversionException(Problems.quote(value)
                        + " is not an amount (a number from 0 up, such as 20 or 12.5)");
            }
            return new BigDecimal(number);
        }
    }
}
