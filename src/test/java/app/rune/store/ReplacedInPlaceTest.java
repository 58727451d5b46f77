package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document saved again with its indexed fields unchanged (a tick: the same day, new entries) is written where
 * it is, under its own Nitrite id; one whose indexed fields moved is removed and inserted, so the indexes follow.
 * Either way what is read, then and after reopening, is exactly the new version.
 */
class ReplacedInPlaceTest {
    private static final DailyProgress DAY = TestData.seed().dailyProgress().get(0);

    @TempDir
    Path temp;

    /** Runs {@code test} on a new file holding {@link #DAY}, with a codec for it. */
    private void withDayStored(BiConsumer<NitriteDatabase, DocumentCodec> test) {
        NitriteDatabase database = DataFileOpener.create(temp.resolve("raw.db"), Schema.RUNE, 0);
        try {
            DocumentCodec codec = new DocumentCodec(TestData.json(), database.mapper());
            database.replace(Collection.DAILY_PROGRESS, codec.toDocument(DAY));
            test.accept(database, codec);
        } finally {
            database.close();
        }
    }

    @Test
    void aDayChangedInItsEntriesKeepsItsIdAndIsReadAsTheNewVersionWithoutWhatItDropped() {
        withDayStored((database, codec) -> {
            Document first = database.findByKey(Collection.DAILY_PROGRESS, DAY.id());
            DailyProgress decodedFirst = codec.fromDocument(first, DailyProgress.class);

            DailyProgress changed = DAY.withTasks(List.of(DAY.tasks().get(0))).withCheckIn(null, null, null, null);
            database.replace(Collection.DAILY_PROGRESS, codec.toDocument(changed));

            Document second = database.findByKey(Collection.DAILY_PROGRESS, DAY.id());
            assertThat(second.getId()).isEqualTo(first.getId());
            assertThat(second.getRevision()).isGreaterThan(first.getRevision());
            assertThat(second.containsKey("overall_day_rating")).as("a field the new version dropped").isFalse();
            assertThat(codec.fromDocument(second, DailyProgress.class)).isEqualTo(changed)
                    .isNotEqualTo(decodedFirst);
            assertThat(database.collection(Collection.DAILY_PROGRESS).size()).isEqualTo(1);
            assertThat(database.dayIndex().idsOf(DAY.userId())).containsExactly(first.getId());
        });
    }

    @Test
    void aDayMovedToAnotherDateIsFoundByItsNewDateOnly() {
        withDayStored((database, codec) -> {
            LocalDate later = DAY.date().plusDays(3);
            DailyProgress moved = new DailyProgress(DAY.id(), DAY.userId(), later, DAY.tasks(),
                    DAY.overallDayRating(), DAY.moodAfterTasks(), DAY.checkInTime(), DAY.createdAt(), DAY.restDay(),
                    DAY.dayNotes());
            database.replace(Collection.DAILY_PROGRESS, codec.toDocument(moved));

            List<NitriteId> ids = database.dayIndex().idsOf(DAY.userId());
            assertThat(ids).hasSize(1);
            Document stored = database.findByKey(Collection.DAILY_PROGRESS, DAY.id());
            assertThat(ids).containsExactly(stored.getId());
            assertThat(database.dayIndex().idsBetween(DayKey.of(DAY.userId(), DAY.date().toString()),
                    DayKey.of(DAY.userId(), DAY.date().toString()))).isEmpty();
            assertThat(codec.fromDocument(stored, DailyProgress.class).date()).isEqualTo(later);
        });
    }

    @Test
    void aDaySavedAgainAndAgainReadsAsItsLastVersionAfterReopening() throws Exception {
        DailyProgress last = DAY;
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            for (int i = 1; i <= 5; i++) {
                last = DAY.withCheckIn(i, "mood " + i, DAY.checkInTime(), false);
                store.dailyProgress().save(last);
                assertThat(store.dailyProgress().findByUserAndDate(DAY.userId(), DAY.date())).contains(last);
            }
        }
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            assertThat(store.dailyProgress().findByUserAndDate(DAY.userId(), DAY.date())).contains(last);
            assertThat(store.dailyProgress().findByUser(DAY.userId())).containsExactly(last);
        }
    }
}
