package app.rune.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names for the data file's copies that Rune keeps for the person (a damaged file moved aside, the file as it
 * was before a migration), stamped with the time they were made and never the name of a file already there.
 */
final class KeptFileNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private KeptFileNames() {
    }

    /** {@code rune.db.damaged-2025-07-01-093512} beside {@code file}. */
    static Path damaged(Path file) {
        return unused(file.resolveSibling(file.getFileName() + ".damaged-" + now()));
    }

    /** {@code rune.db.recovered-2025-07-01-093512.json} beside {@code file}: what could be read from it. */
    static Path recovered(Path file) {
        return unused(file.resolveSibling(file.getFileName() + ".recovered-" + now() + ".json"));
    }

    /** {@code rune.db.schema-1-2025-07-01-093512} in {@code folder}. */
    static Path beforeMigration(Path file, Path folder, int version) {
        return unused(folder.resolve(file.getFileName() + ".schema-" + version + "-" + now()));
    }

    private static String now() {
        return LocalDateTime.now().format(STAMP);
    }

    /** Two in the same second get {@code -2}, {@code -3}… (before a {@code .json}): a kept file is never overwritten. */
    private static Path unused(Path wanted) {
        String name = wanted.getFileName().toString();
        String ending = name.endsWith(".json") ? ".json" : "";
        String stem = name.substring(0, name.length() - ending.length());
        Path candidate = wanted;
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = wanted.resolveSibling(stem + "-" + n + ending);
        }
        return candidate;
    }
}
