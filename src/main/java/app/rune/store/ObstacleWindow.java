package app.rune.store;

import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The obstacle lists of one person's days from one date to another, as read from one open file at one count of
 * changes to its days ({@link NitriteDatabase#changes}). Every tick asks for the last 90 days' obstacles again
 * (for the skip form's suggestions) and it cost a quarter of the tick to read them: the window answers the same
 * question while nothing else changed the days, and takes in the days the repository itself saves.
 */
final class ObstacleWindow {
    private final NitriteDatabase file;
    private final long changes;
    private final String userId;
    private final LocalDate from;
    private final LocalDate to;
    /** Each day's tasks' obstacle lists, in date order. */
    private final TreeMap<LocalDate, List<List<String>>> days;

    /** The window as {@code file} has it now. */
    ObstacleWindow(NitriteDatabase file, String userId, LocalDate from, LocalDate to,
            Map<LocalDate, List<List<String>>> days) {
        this.file = file;
        this.changes = file.changes(Collection.DAILY_PROGRESS);
        this.userId = userId;
        this.from = from;
        this.to = to;
        this.days = new TreeMap<>(days);
    }

    /** Whether this holds {@code userId}'s days from {@code from} to {@code to} as the file has them now. */
    boolean answers(NitriteDatabase now, String user, LocalDate first, LocalDate last) {
        return isCurrent(now, now.changes(Collection.DAILY_PROGRESS)) && userId.equals(user) && from.equals(first)
                && to.equals(last);
    }

    /** The obstacle lists, a day's tasks after another's, oldest day first. */
    List<List<String>> obstacles() {
        List<List<String>> all = new ArrayList<>();
        days.values().forEach(all::addAll);
        return all;
    }

    /**
     * This window after {@code day} was saved, if the window was current just before ({@code changesBefore}) and
     * so the save is the only change since; else null (read again when next asked).
     */
    ObstacleWindow after(NitriteDatabase now, long changesBefore, DailyProgress day) {
        if (!isCurrent(now, changesBefore)) {
            return null;
        }
        TreeMap<LocalDate, List<List<String>>> updated = new TreeMap<>(days);
        if (userId.equals(day.userId()) && !day.date().isBefore(from) && !day.date().isAfter(to)) {
            updated.put(day.date(), obstaclesOf(day));
        }
        return new ObstacleWindow(now, userId, from, to, updated);
    }

    static List<List<String>> obstaclesOf(DailyProgress day) {
        List<List<String>> lists = new ArrayList<>();
        for (TaskEntry entry : day.tasks()) {
            lists.add(entry.obstacles() == null ? List.of() : List.copyOf(entry.obstacles()));
        }
        return lists;
    }

    private boolean isCurrent(NitriteDatabase now, long at) {
        return file == now && changes == at;
    }
}
