package app.rune.service.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest 14, and the newest of each of the last six months (this month included),
 * so a mistake noticed weeks later can still be undone without keeping every day forever.
 */
final class BackupRetention {
    static final int NEWEST = 14;
    static final int MONTHS = 6;

    private BackupRetention() {
    }

    /** @param newestFirst the backups, newest first */
    static List<BackupFile> toDelete(List<BackupFile> newestFirst, LocalDate today) {
        Set<BackupFile> keep = new HashSet<>(newestFirst.subList(0, Math.min(NEWEST, newestFirst.size())));
        YearMonth thisMonth = YearMonth.from(today);
        for (int back = 0; back < MONTHS; back++) {
            YearMonth month = thisMonth.minusMonths(back);
            newestFirst.stream().filter(b -> YearMonth.from(b.taken()).equals(month)).findFirst().ifPresent(keep::add);
        }
        List<BackupFile> delete = new ArrayList<>();
        for (BackupFile backup : newestFirst) {
            if (!keep.contains(backup)) {
                delete.add(backup);
            }
        }
        return delete;
    }
}
