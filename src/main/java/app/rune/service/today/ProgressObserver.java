package app.rune.service.today;

import app.rune.model.DailyProgress;

/** Told about every day a person's record changes (the analytics keep up with it). */
public interface ProgressObserver {
    ProgressObserver NONE = (userId, day) -> { };

    /** {@code day} was saved as part of a change, which is on disk once the change returns. */
    void progressChanged(String userId, DailyProgress day);

    /** A change failed and nothing of it was stored: what was heard of it must be forgotten. */
    default void changeUndone(String userId) {
    }
}
