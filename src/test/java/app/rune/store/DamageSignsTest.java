package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.dizitart.no2.exceptions.NitriteIOException;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;

/** Which failures mean the file is damaged: MVStore's damage codes, and anything met while reading a page. */
class DamageSignsTest {

    @Test
    void aPageThatDoesNotReadIsDamageWhereverNitriteWrappedIt() {
        MVStoreException corrupt = DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "Unable to read the page");
        assertThat(DamageSigns.of(new NitriteIOException("failed", corrupt))).hasValueSatisfying(
                reason -> assertThat(reason).contains("cannot be read"));
        assertThat(DamageSigns.of(DataUtils.newMVStoreException(DataUtils.ERROR_CHUNK_NOT_FOUND, "Chunk 7")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("missing"));
    }

    @Test
    void anyStoreFailureWhileReadingAPageIsDamage() {
        // What a page of garbage gave in a trial: an "internal" error from the deserialiser, inside Page.read.
        MVStoreException unsupported = DataUtils.newMVStoreException(DataUtils.ERROR_INTERNAL, "Unsupported type -32");
        unsupported.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.h2.mvstore.type.ObjectDataType", "selectDataType", "ObjectDataType.java", 189),
            new StackTraceElement("org.h2.mvstore.Page", "read", "Page.java", 657)});
        assertThat(DamageSigns.of(unsupported)).isPresent();

        MVStoreException elsewhere = DataUtils.newMVStoreException(DataUtils.ERROR_INTERNAL, "Unsupported type -32");
        elsewhere.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.h2.mvstore.MVStore", "commit", "MVStore.java", 1)});
        assertThat(DamageSigns.of(elsewhere)).isEmpty();
    }

    @Test
    void aDocumentThatDoesNotDecodeIsDamage() {
        assertThat(DamageSigns.of(new UnreadableDocumentException("A stored UserGoals could not be read", null)))
                .isPresent();
    }

    @Test
    void aFullDiskOrAClosedStoreIsNotDamage() {
        assertThat(DamageSigns.of(DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "No space left")))
                .isEmpty();
        assertThat(DamageSigns.of(DataUtils.newMVStoreException(DataUtils.ERROR_CLOSED, "This store is closed")))
                .isEmpty();
        assertThat(DamageSigns.of(new IllegalStateException("a bug"))).isEmpty();
    }
}
