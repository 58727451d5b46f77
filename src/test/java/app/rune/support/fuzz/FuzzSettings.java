package app.rune.support.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How many cases a fuzz run makes and from which seed. The defaults keep a build reproducible; the system
 * properties let a person run longer or replay what failed, e.g.
 * {@code mvn test -Dtest=ImportFuzzTest -Drune.fuzz.count=20000 -Drune.fuzz.seed=42}.
 *
 * @param seed the run's seed; every case's own seed is derived from it
 * @param cases how many cases to run
 * @param onlyCase a single case seed to replay instead of the whole run
 * @param failureFolder where failing inputs are saved (null: not saved)
 * @param maxReported how many failures to describe in full
 */
public record FuzzSettings(long seed, int cases, OptionalLong onlyCase, Path failureFolder, int maxReported) {
    public static final String SEED_PROPERTY = "rune.fuzz.seed";
    public static final String COUNT_PROPERTY = "rune.fuzz.count";
    public static final String CASE_PROPERTY = "rune.fuzz.case";

    /** A case slower than this is a failure: hostile input must be refused quickly, not after a long grind. */
    static final Duration SLOW_CASE = Duration.ofSeconds(5);

    public static FuzzSettings fromSystemProperties(long defaultSeed, int defaultCases, Path failureFolder) {
        long seed = Long.getLong(SEED_PROPERTY, defaultSeed);
        int cases = Integer.getInteger(COUNT_PROPERTY, defaultCases);
        String only = System.getProperty(CASE_PROPERTY);
        return new FuzzSettings(seed, cases,
                only == null || only.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(only.strip())),
                failureFolder, 10);
    }
}
