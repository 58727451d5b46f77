package app.rune.store;

import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The {@code daily_progress} collection, with the indexed reads the screens need. */
public interface DailyProgressRepository extends DocumentRepository<DailyProgress> {

    Optional<DailyProgress> findByUserAndDate(String userId, LocalDate date);

    /** All of the user's documents, oldest first (through the user's part of the (user_id, date) index). */
    List<DailyProgress> findByUser(String userId);

    /** The user's documents from {@code from} to {@code to}, both included, oldest first (years 1 to 9999). */
    List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to);
}
