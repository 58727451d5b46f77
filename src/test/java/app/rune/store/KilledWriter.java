package app.rune.store;

import app.rune.model.DailyProgress;
import app.rune.model.TaskEntry;
import app.rune.model.json.RuneJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A process for {@link CrashSafetyTest} to kill: saves one progress document after another and prints
 * "saved N" only once {@code save} has returned, that is, once Rune would tell the person it is done.
 */
public final class KilledWriter {
    private KilledWriter() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(DataFolder.open(Path.of(args[0])), RuneJson.newMapper());
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; ; i++) {
            store.dailyProgress().save(document(i, day.plusDays(i)));
            System.out.println("saved " + i);
            System.out.flush();
        }
    }

    static DailyProgress document(int i, LocalDate date) {
        return new DailyProgress("p" + i, "ana", date,
                List.of(new TaskEntry("t1", "Run 5 km", i % 2 == 0, null, "note " + i, 3, 4, null, List.of("tired"))),
                4, "calm", null, null, null);
    }
}
