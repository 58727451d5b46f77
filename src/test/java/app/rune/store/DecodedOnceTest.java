package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.Collection;
import app.rune.model.UserPreferences;
import java.nio.file.Path;
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
