package app.rune.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * One way a data file gets spoiled outside Rune's control: cut short (a copy or a sync that stopped, a full
 * disk), or 4 KiB overwritten with noise (a bad sector, a stray write). {@link #NONE} leaves it whole, so the
 * test's own checks are seen to pass on a good file.
 */
record FileDamage(String name, UnaryOperator<byte[]> spoil) {
    static final FileDamage NONE = new FileDamage("undamaged", byte[]::clone);
    static final int BLOCK = 4096;
    /** How far in to cut: the 10…90 % and the last few per cent, where most of the history still is. */
    private static final int[] CUT_PERCENT = {10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 97};

    byte[] apply(byte[] good) {
        return spoil.apply(good);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every case: the undamaged control, the cuts, then ten overwrites spread over the file, noise from {@code seed}. */
    static List<FileDamage> all(long seed) {
        List<FileDamage> all = new ArrayList<>();
        all.add(NONE);
        for (int percent : CUT_PERCENT) {
            all.add(new FileDamage("cut to " + percent + " %",
                    good -> Arrays.copyOf(good, (int) ((long) good.length * percent / 100))));
        }
        Random random = new Random(seed);
        all.add(overwrite("overwrite 4 KiB at the start (first file header)", random.nextLong(), length -> 0));
        all.add(overwrite("overwrite 4 KiB at the second file header", random.nextLong(), length -> BLOCK));
        all.add(overwrite("overwrite 4 KiB at the first chunk", random.nextLong(), length -> 2 * BLOCK));
        for (int percent : new int[] {20, 35, 50, 65, 80}) {
            long noise = random.nextLong();
            // Anywhere within a block either side of the point: not always on a block boundary.
            int jitter = random.nextInt(2 * BLOCK) - BLOCK;
            all.add(overwrite("overwrite 4 KiB at " + percent + " %", noise,
                    length -> (int) ((long) length * percent / 100) + jitter));
        }
        all.add(overwrite("overwrite 4 KiB near the end", random.nextLong(), length -> length - 3 * BLOCK));
        all.add(overwrite("overwrite the last 4 KiB", random.nextLong(), length -> length - BLOCK));
        return all;
    }

    private static FileDamage overwrite(String name, long noise, java.util.function.IntUnaryOperator where) {
        return new FileDamage(name, good -> {
            byte[] bad = good.clone();
            int at = Math.max(0, Math.min(good.length - BLOCK, where.applyAsInt(good.length)));
            byte[] bytes = new byte[BLOCK];
            new Random(noise).nextBytes(bytes);
            System.arraycopy(bytes, 0, bad, at, BLOCK);
            return bad;
        });
    }
}
