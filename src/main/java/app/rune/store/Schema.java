package app.rune.store;

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

    /** Version 1 is the first and only layout so far: there is nothing to migrate yet. */
    static final Schema RUNE = new Schema(1, List.of());

    /** Changes an open file from {@code from} to {@code from + 1}; runs on the database thread. */
    record Step(int from, String description, Consumer<NitriteDatabase> apply) {
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
