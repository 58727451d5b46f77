package app.rune.service.today;

import app.rune.model.DailyProgress;

/** Told about every day a person's record changes, once the change is stored (the analytics keep up with it). */
@FunctionalInterface
public interface ProgressObserver {
    ProgressObserver NONE = (userId, day) -> { };

    void progressChanged(String userId, DailyProgress day);
}
