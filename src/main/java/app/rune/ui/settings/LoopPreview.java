package app.rune.ui.settings;

import app.rune.service.transfer.loop.LoopImportSummary;
import app.rune.ui.common.DateText;
import app.rune.ui.goal.TaskPlanEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What an import from Loop Habit Tracker would bring, in words for the question asked before it: each habit and
 * the task it becomes (with its schedule), the days and what they hold, and where it all goes.
 */
final class LoopPreview {
    /** Habits listed by name, at most: a long list is cut with "and N more". */
    static final int LISTED_HABITS = 12;

    private final LoopImportSummary summary;
    private final ResourceBundle text;
    private final DateText dates;

    LoopPreview(LoopImportSummary summary, ResourceBundle text, DateText dates) {
        this.summary = summary;
        this.text = text;
        this.dates = dates;
    }

    /**
     * Whether {@code file} is one of Loop's: its backups end in {@code .db}, its CSV exports in {@code .zip} (or are
     * the folder one unpacks to). What it holds is checked when it is read.
     */
    static boolean isLoopFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".db") || name.endsWith(".zip") || Files.isDirectory(file);
    }

    String title() {
        return MessageFormat.format(text.getString("data.loop.title"), summary.habits().size());
    }

    String text() {
        List<String> lines = new ArrayList<>();
        List<LoopImportSummary.Habit> habits = summary.habits();
        for (int i = 0; i < Math.min(habits.size(), LISTED_HABITS); i++) {
            lines.add(habit(habits.get(i)));
        }
        if (habits.size() > LISTED_HABITS) {
            lines.add(MessageFormat.format(text.getString("data.loop.more"), habits.size() - LISTED_HABITS));
        }
        lines.add("");
        lines.add(summary.firstDay() == null ? text.getString("data.loop.noDays")
                : MessageFormat.format(text.getString("data.loop.days"), summary.days(),
                        dates.day(summary.firstDay()), dates.day(summary.lastDay()), summary.done(),
                        summary.notDone(), summary.skipped(), summary.notes()));
        if (summary.overLimit() != null) {
            LoopImportSummary.DayLoad load = summary.overLimit();
            lines.add(MessageFormat.format(text.getString("data.loop.overLimit"), load.tasks(),
                    load.day().getDisplayName(TextStyle.FULL, Locale.getDefault()), load.limit()));
        }
        lines.add(summary.goalTitle() == null ? text.getString("data.loop.whereArchived")
                : MessageFormat.format(text.getString("data.loop.where"), summary.goalTitle()));
        return String.join("\n", lines);
    }

    private String habit(LoopImportSummary.Habit habit) {
        String plan = TaskPlanEditor.describe(habit.schedule(), habit.target(), text);
        if (habit.rounded()) {
            plan += " " + MessageFormat.format(text.getString("data.loop.rounded"), habit.frequency());
        }
        if (habit.archived()) {
            plan += " " + text.getString("data.loop.archived");
        }
        return MessageFormat.format(text.getString("data.loop.habit"), habit.name(), plan);
    }
}
