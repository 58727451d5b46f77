package app.rune.store;

import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code daily_progress} collection, with the indexed reads the screens need. */
public interface DailyProgressRepository extends DocumentRepository<DailyProgress> {

    Optional<DailyProgress> findByUserAndDate(String userId, LocalDate date);

    /** All of the user's documents, oldest first (through the user's part of the day index). */
    List<DailyProgress> findByUser(String userId);

    /**
     * Hands {@link #findByUser}'s documents to {@code each}, one at a time and oldest first, without holding them
     * all: a pass over ten years of days needs only what {@code each} keeps. {@code each} runs on the thread that
     * reads the store and must not call back into it.
     */
    default void forEachOfUser(String userId, Consumer<DailyProgress> each) {
        findByUser(userId).forEach(each);
    }

    /** The user's documents from {@code from} to {@code to}, both included, oldest first (years 1 to 9999). */
    List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to);

    /**
     * How many days the user has a document for, counted no further than {@code atMost} (ten years of days are
     * not walked to learn there are more than 60). The file's own version counts them without reading them.
     */
    default int countByUser(String userId, int atMost) {
        return Math.min(atMost, findByUser(userId).size());
    }

    /**
     * The {@code obstacles} of every task entry on the user's days from {@code from} to {@code to}, oldest day
     * first. The file's own version reads only those lists, not whole documents: it runs after every tick.
     */
    default List<List<String>> obstaclesBetween(String userId, LocalDate from, LocalDate to) {
        return findByUserBetween(userId, from, to).stream()
                .flatMap(day -> day.tasks().stream().map(TaskEntry::obstacles))
                .toList();
    }
}
