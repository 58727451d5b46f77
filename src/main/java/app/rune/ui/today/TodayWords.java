package app.rune.ui.today;

import app.rune.model.TaskEntry;
import app.rune.service.today.TaskDay;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ResourceBundle;

/** How Today puts codes and dates into words: reasons and obstacles, a skipped task's line, "yesterday". */
final class TodayWords {
    private final ResourceBundle text;

    TodayWords(ResourceBundle text) {
        this.text = text;
    }

    /** A reason or obstacle code as words ("ran_out_of_time" reads "ran out of time"); free text as typed. */
    String label(String code) {
        String key = "reason." + code;
        if (text.containsKey(key)) {
            return text.getString(key);
        }
        return code.replace('_', ' ');
    }

    /** "Skipped: too tired · work, family" for a task not done with a reason; empty otherwise. */
    String skipped(TaskEntry entry) {
        if (entry == null || entry.completed() || entry.skipReason() == null) {
            return "";
        }
        String obstacles = entry.obstacles().isEmpty() ? "" : " \u00b7 " + String.join(", ",
                entry.obstacles().stream().map(this::label).toList());
        return MessageFormat.format(text.getString("today.skipped"), label(entry.skipReason())) + obstacles;
    }

    /** "1 of 3 this week", or "Done for this week: 3 of 3" once met; empty for a task on set days. */
    String period(TaskDay.Period period) {
        if (period == null) {
            return "";
        }
        String key = (period.met() ? "today.period.met" : "today.period.") + period.every().name();
        return MessageFormat.format(text.getString(key), period.done(), period.times());
    }

    /** "Today", "Yesterday" or "3 days ago". */
    String relative(LocalDate day, LocalDate now) {
        long ago = ChronoUnit.DAYS.between(day, now);
        if (ago == 0) {
            return text.getString("today.title.today");
        }
        if (ago == 1) {
            return text.getString("today.title.yesterday");
        }
        return MessageFormat.format(text.getString("today.title.daysAgo"), ago);
    }
}
