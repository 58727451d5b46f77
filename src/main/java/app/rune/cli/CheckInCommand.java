package app.rune.cli;

import app.rune.service.today.CheckInService;
import app.rune.service.today.DayPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rune checkin --day-rating N}: the evening check-in. */
@Command(name = "checkin", mixinStandardHelpOptions = true,
        description = "Check in for the day: how it went (1 to 5), your mood, and whether it was a rest day.")
final class CheckInCommand extends DayCommand {
    @Option(names = "--day-rating", required = true, paramLabel = "N", description = "How the day went, 1 to 5.")
    Integer dayRating;

    @Option(names = "--mood", paramLabel = "M", description = "Your mood after the tasks, e.g. motivated, calm, tired.")
    String mood;

    @Option(names = "--rest-day", description = "Mark the day as a planned rest day.")
    boolean restDay;

    @Override
    DayPlan run(CheckInService checkIns, String user) {
        return checkIns.checkIn(user, day.date, dayRating, mood, restDay).day();
    }
}
