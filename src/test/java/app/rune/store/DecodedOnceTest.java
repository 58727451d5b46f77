package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import app.rune.model.UserPreferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored version of a document is decoded once and then shared, and every change, however it is written,
 * is read as the new version.
 */
class DecodedOnceTest {
    private static final UserPreferences ANA = TestData.seed().userPreferences().get(0);

    @TempDir
    Path temp;

    @Test
    void throughTheRepositoryAnUnchangedDocumentIsSharedAndASavedOneIsNew() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            store.userPreferences().save(ANA);

            UserPreferences first = store.userPreferences().findById(ANA.id()).orElseThrow();
            assertThat(store.userPreferences().findById(ANA.id())).get().isEqualTo(ANA).isSameAs(first);
            assertThat(store.userPreferences().findAll()).singleElement().isSameAs(first);

            UserPreferences changed = withoutPatterns(ANA);
            store.userPreferences().save(changed);
            assertThat(store.userPreferences().findById(ANA.id())).contains(changed);
        }
    }

    /** A pass over everything (a backup, a whole history) uses what is kept but keeps nothing of its own. */
    @Test
    void aPassOverManyDocumentsSharesWhatIsKeptAndKeepsNothingNew() throws Exception {
        try (Store store = Store.open(DataFolder.open(temp.resolve("data")), TestData.json())) {
            store.userPreferences().save(ANA);
            DailyProgress day = TestData.seed().dailyProgress().get(0);
            store.dailyProgress().save(day);

            UserPreferences passed = store.userPreferences().findAll().get(0);
            assertThat(store.userPreferences().findAll().get(0)).isEqualTo(passed).isNotSameAs(passed);
            List<DailyProgress> days = new ArrayList<>();
            store.dailyProgress().forEachOfUser(day.userId(), days::add);
            store.dailyProgress().forEachOfUser(day.userId(), days::add);
            assertThat(days).hasSize(2).allMatch(day::equals);
            assertThat(days.get(1)).isNotSameAs(days.get(0));

            // Once a screen has read it, the passes share that one.
            UserPreferences read = store.userPreferences().findById(ANA.id()).orElseThrow();
            DailyProgress shown = store.dailyProgress().findByUserAndDate(day.userId(), day.date()).orElseThrow();
            assertThat(store.userPreferences().findAll().get(0)).isSameAs(read);
            store.dailyProgress().forEachOfUser(day.userId(), each -> assertThat(each).isSameAs(shown));
        }
    }

    @Test
    void aDocumentChangedInPlaceIsReadAsItsNewVersion() {
        NitriteDatabase database = DataFileOpener.create(temp.resolve("raw.db"), Schema.RUNE, 0);
        try {
            DocumentCodec codec = new DocumentCodec(TestData.json(), database.mapper());
            NitriteCollection collection = database.collection(Collection.USER_PREFERENCES);
            collection.insert(codec.toDocument(ANA));

            Document stored = collection.find(NitriteRepository.byKey(ANA.id())).firstOrNull();
            UserPreferences first = codec.fromDocument(stored, UserPreferences.class);
            assertThat(codec.fromDocument(collection.find(NitriteRepository.byKey(ANA.id())).firstOrNull(),
                    UserPreferences.class)).isSameAs(first);

            // As a migration step writes: the same Nitrite id, updated where it is (Nitrite raises the revision).
            stored.put("goal_patterns", null);
            collection.update(stored);
            UserPreferences after = codec.fromDocument(collection.find(NitriteRepository.byKey(ANA.id()))
                    .firstOrNull(), UserPreferences.class);
            assertThat(after).isEqualTo(withoutPatterns(ANA)).isNotEqualTo(first);
        } finally {
            database.close();
        }
    }

    private static UserPreferences withoutPatterns(UserPreferences prefs) {
        return new UserPreferences(prefs.id(), prefs.communicationStyle(), prefs.reminderSettings(), null);
    }
}
