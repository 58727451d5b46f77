package app.rune.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * When an open data file has grown by old versions far enough to be compacted, measured against its size when
 * it was opened (what it holds without the old versions that commits leave behind).
 */
final class CompactionPoint {
    /**
     * Old versions a file grows by before it is compacted while open: beyond this many times its size at open.
     * A compacted file is about 1.2 to 1.35 times its JSON export (days recorded whole hold an entry for every
     * planned task), so with the floor below the file stays within 3 times the JSON of its data at any time from
     * the second year of daily use, with a margin (the benchmark prints the largest; 2.2 let it reach 3.3, 1.8 2.9).
     */
    static final double GROWTH_BEFORE_COMPACTING = 1.7;
    /**
     * ... and by at least this much, so a small file is not compacted after every few changes; small, since a floor
     * of 1 MiB let a year's file reach six times its JSON. A compaction can then come a few changes after a file was
     * opened, imported or restored: safe, as it runs on the database thread between changes, closes the file before
     * copying it and opens the copy before anything reads again.
     */
    static final long GROWTH_AT_LEAST = 128 * 1024;
    /** How far past the point a file may grow while changes keep coming back to back, before it is compacted anyway. */
    static final double OVERDUE = 1.25;

    private final Path file;
    private final long point;

    CompactionPoint(Path file) {
        this.file = file;
        this.point = (long) (GROWTH_BEFORE_COMPACTING * sizeOf(file)) + GROWTH_AT_LEAST;
    }

    boolean passed() {
        return sizeOf(file) > point;
    }

    boolean farPassed() {
        return sizeOf(file) > OVERDUE * point;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
