package app.rune.store;

import static org.dizitart.no2.common.Constants.DOC_ID;
import static org.dizitart.no2.common.Constants.DOC_MODIFIED;
import static org.dizitart.no2.common.Constants.DOC_REVISION;

import app.rune.model.Collection;
import java.util.Objects;
import org.dizitart.no2.Nitrite;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;
import org.dizitart.no2.collection.NitriteId;
import org.dizitart.no2.index.IndexDescriptor;
import org.dizitart.no2.store.NitriteMap;

/** A stored document replaced where it is, when its indexes need not change (see {@link NitriteDatabase#replace}). */
final class InPlaceWrite {
    private InPlaceWrite() {
    }

    /**
     * Whether every indexed field of {@code replacement} has the value it has in {@code existing}: then the
     * indexes already point at the stored document and stay right when only the document changes.
     */
    static boolean keepsItsIndexEntries(NitriteCollection collection, Document existing, Document replacement) {
        for (IndexDescriptor index : collection.listIndices()) {
            for (String field : index.getFields().getFieldNames()) {
                if (!Objects.equals(existing.get(field), replacement.get(field))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Puts {@code replacement} under the stored document's own Nitrite id, with the next revision. A tick
     * rewrites one day and the figures: Nitrite's remove and insert would rewrite, besides the document, its
     * place in both indexes and a second path of the collection's tree for the new id, and a commit's cost is
     * in the pages it writes. The revision moves on so that nothing decoded from the old version is taken for
     * the new one ({@link DocumentCodec}).
     */
    static void put(Nitrite nitrite, Collection kind, Document existing, Document replacement) {
        NitriteId id = existing.getId();
        Integer revision = existing.getRevision();
        replacement.put(DOC_ID, id.getIdValue());
        replacement.put(DOC_REVISION, revision == null ? 1 : revision + 1);
        replacement.put(DOC_MODIFIED, System.currentTimeMillis());
        NitriteMap<NitriteId, Document> documents = nitrite.getStore().openMap(kind.collectionName(),
                NitriteId.class, Document.class);
        documents.put(id, replacement);
    }
}
