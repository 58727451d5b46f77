package app.rune.service.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest 14 that hold documents, the newest such one of each of the last six months
 * (this month included), so a mistake noticed weeks later can still be undone without keeping every day forever;
 * and the largest one, so that a run of smaller backups (after data was lost or deleted by mistake) can never
 * push out the fullest. A backup without documents is kept only while no backup with documents is newer.
 */
final class BackupRetention {
    static final int NEWEST = 14;
    static final int MONTHS = 6;

    private BackupRetention() {
    }

    /**
     * @param newestFirst the backups, newest first
     * @param content how large each is and whether it holds documents
     */
    static List<BackupFile> toDelete(List<BackupFile> newestFirst, LocalDate today,
            Function<BackupFile, BackupContent> content) {
        Map<BackupFile, BackupContent> measured = new HashMap<>();
        newestFirst.forEach(b -> measured.put(b, content.apply(b)));
        List<BackupFile> good = newestFirst.stream().filter(b -> measured.get(b).holdsDocuments()).toList();

        Set<BackupFile> keep = new HashSet<>(good.subList(0, Math.min(NEWEST, good.size())));
        YearMonth thisMonth = YearMonth.from(today);
        for (int back = 0; back < MONTHS; back++) {
            YearMonth month = thisMonth.minusMonths(back);
            good.stream().filter(b -> YearMonth.from(b.taken()).equals(month)).findFirst().ifPresent(keep::add);
        }
        // Of equally large ones, the newest (the list is newest first and max keeps the first it meets).
        good.stream().max(Comparator.comparingLong(b -> measured.get(b).bytes())).ifPresent(keep::add);
        for (BackupFile backup : newestFirst) {
            if (!measured.get(backup).holdsDocuments() && (good.isEmpty()
                    || backup.taken().isAfter(good.get(0).taken()) || isNewerInSameSecond(backup, good.get(0)))) {
                keep.add(backup);
            }
        }
        List<BackupFile> delete = new ArrayList<>();
        for (BackupFile backup : newestFirst) {
            if (!keep.contains(backup)) {
                delete.add(backup);
            }
        }
        return delete;
    }

    private static boolean isNewerInSameSecond(BackupFile backup, BackupFile than) {
        return backup.taken().equals(than.taken()) && backup.sequence() > than.sequence();
    }
}
