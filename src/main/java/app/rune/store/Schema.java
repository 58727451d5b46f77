package app.rune.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The version of the data file's layout, and the steps that bring an older file up to it. A file records its
 * version; files from before versions were recorded are version 1, the first. Before any step runs, the file is
 * copied whole into {@code backups/}, so a failed migration loses nothing.
 *
 * @param current the version this Rune writes
 * @param steps one step per version after the first, in order: {@code steps.get(0)} brings 1 to 2
 */
record Schema(int current, List<Step> steps) {

    /**
     * 1: the first layout, days indexed on (user_id, date). 2: days indexed on their {@code day_key} instead
     * (see {@link DayKey}).
     */
    static final Schema RUNE = new Schema(2, List.of(DayKeyMigration.STEP));

    /** Changes an open file from {@code from} to {@code from + 1}; runs on the database thread. */
    record Step(int from, String description, Consumer<NitriteDatabase> apply) {
    }

    /** This schema followed by {@code step}: the next version. */
    Schema then(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new Schema(current + 1, more);
    }

    Schema {
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).from() != i + 1) {
                throw new IllegalArgumentException("Step " + i + " must start at version " + (i + 1));
            }
        }
        if (steps.size() != current - 1) {
            throw new IllegalArgumentException("Version " + current + " needs " + (current - 1) + " steps");
        }
    }
}
