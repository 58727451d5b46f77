package app.rune.bench;

import app.rune.service.transfer.loop.LoopFixture;
import app.rune.service.transfer.loop.LoopFixture.Habit;
import app.rune.service.transfer.loop.LoopFixture.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the Loop import benchmark's file: a Loop Habit Tracker backup (schema 25) with ten habits over ten years,
 * as a person who kept at it would have it: daily, weekly and monthly habits, two measured ones, one archived;
 * most days ticked, some marked not done or skipped, Loop's own fill-ins, a note every week or so.
 *
 * <p>Usage: {@code LoopBackupData FILE}
 */
public final class LoopBackupData {
    static final int YEARS = 10;

    private LoopBackupData() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Files.deleteIfExists(file);
        List<Habit> habits = List.of(
                Habit.yesNo(1, "Meditate", 1, 1),
                Habit.yesNo(2, "Read", 1, 1),
                Habit.yesNo(3, "Stretch", 1, 1),
                Habit.yesNo(4, "Gym", 3, 7),
                Habit.yesNo(5, "Call family", 1, 7),
                Habit.yesNo(6, "Clean the flat", 2, 30),
                Habit.measured(7, "Run", 5, 0, "km"),
                Habit.measured(8, "Coffee", 2, 1, "cups"),
                Habit.yesNo(9, "Journal", 1, 1),
                Habit.yesNo(10, "Piano", 5, 7).archive());
        Random random = new Random(10);
        LocalDate last = LocalDate.of(2025, 6, 28);
        LocalDate first = last.minusYears(YEARS).plusDays(1);
        List<Value> values = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (Habit habit : habits) {
                int roll = random.nextInt(100);
                String note = random.nextInt(60) == 0 ? "A note, \"with quotes\", on " + day : "";
                long value;
                if (habit.numerical()) {
                    value = roll < 10 ? -1 : 500L * random.nextInt(16);
                } else if (habit.denominator() > 1) {
                    value = roll < 35 ? 2 : roll < 70 ? 1 : roll < 80 ? 3 : 0;
                } else {
                    value = roll < 75 ? 2 : roll < 90 ? 0 : 3;
                }
                if (value != -1 || !note.isEmpty()) {
                    values.add(new Value(habit.id(), day, value, note));
                }
            }
        }
        LoopFixture.backup(file, 25, habits, values);
        System.out.printf("%s: %d habits, %d days, %d values, %,d bytes%n", file, habits.size(),
                first.until(last.plusDays(1)).toTotalMonths() / 12 * 365, values.size(), Files.size(file));
    }
}
