package app.rune.cli;

import app.rune.service.transfer.loop.LoopImportSummary;
import java.util.ArrayList;
import java.util.List;
import java.time.format.TextStyle;
import java.util.Locale;

/** What an import from Loop brought, as the terminal prints it: who, which habits became which tasks, the counts. */
final class LoopSummaryText {
    private LoopSummaryText() {
    }

    static List<String> lines(LoopImportSummary s) {
        List<String> lines = new ArrayList<>();
        long archived = s.archivedHabits();
        String span = s.firstDay() == null ? "no days recorded" : s.firstDay() + " to " + s.lastDay();
        lines.add("Imported Loop Habit Tracker's " + s.format() + " for " + TerminalText.of(s.userId())
                + (s.newUser() ? " (new user)" : "") + ": " + count(s.habits().size(), "habit")
                + (archived > 0 ? " (" + archived + " archived)" : "") + ", " + span + ".");
        for (LoopImportSummary.Habit habit : s.habits()) {
            lines.add("  " + habit.taskId() + "  " + TerminalText.of(habit.name()) + ": "
                    + GoalsCommand.plan(habit.schedule(), habit.target())
                    + (habit.rounded() ? " (Loop: " + habit.frequency() + ", rounded)" : "")
                    + (habit.archived() ? ", archived" : "") + "; " + count(habit.entries(), "entry"));
        }
        if (s.goalTitle() != null) {
            lines.add("Active habits are the tasks of the goal \"" + s.goalTitle() + "\"; archived ones are under"
                    + " earlier goals.");
        }
        lines.add(count(s.days(), "day") + ", " + count(s.entries(), "entry") + ": " + number(s.done()) + " done, "
                + number(s.notDone()) + " not done, " + number(s.skipped()) + " skipped; " + number(s.filledIn())
                + " filled in by Loop (no entry); " + count(s.notes(), "note")
                + (s.notesOnDays() > 0 ? " (" + number(s.notesOnDays()) + " on days without an entry, kept as the"
                        + " day's notes)" : "") + ".");
        if (!s.rounded().isEmpty()) {
            lines.add(count(s.rounded().size(), "frequency") + " had no exact match and "
                    + (s.rounded().size() == 1 ? "was" : "were") + " rounded to times a week.");
        }
        if (s.overLimit() != null) {
            LoopImportSummary.DayLoad load = s.overLimit();
            lines.add("Note: your goals now make " + count(load.tasks(), "task") + " on "
                    + load.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s; your daily limit is "
                    + load.limit() + ". Pause some tasks on the Goal screen, or raise the limit in Settings.");
        }
        return lines;
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("y") && !noun.endsWith("ay") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun + "s";
        return number(n) + " " + (n == 1 ? noun : plural);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
