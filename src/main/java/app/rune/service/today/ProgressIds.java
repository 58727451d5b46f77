package app.rune.service.today;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Ids for {@code daily_progress} documents in the seed's ObjectId style: 24 hex digits, the first eight the
 * creation second, the rest random, so ids sort by creation and two computers never make the same one.
 */
public final class ProgressIds {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ProgressIds(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        long seconds = clock.instant().getEpochSecond() & 0xFFFF_FFFFL;
        return String.format("%08x%016x", seconds, random.nextLong());
    }
}
