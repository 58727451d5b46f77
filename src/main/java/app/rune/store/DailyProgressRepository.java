package app.rune.store;

import app.rune.model.DailyProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The {@code daily_progress} collection, with the indexed reads the screens need. */
public interface DailyProgressRepository extends DocumentRepository<DailyProgress> {

    Optional<DailyProgress> findByUserAndDate(String userId, LocalDate date);

    /** The user's documents from {@code from} to {@code to}, both included, oldest first. */
    List<DailyProgress> findByUserBetween(String userId, LocalDate from, LocalDate to);
}
