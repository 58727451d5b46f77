package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rune.TestData;
import app.rune.model.Collection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The damage tests run with assertions on, Rune without. MVStore's own assertions notice some damage before
 * Rune can: a node page that miscounts its children. With them on, reading the child throws an
 * {@link AssertionError}, which Rune does not know for damage; without them the count is not even looked at. So
 * {@link UnreadablePage} must not put its noise where it makes such a node, or a damage test sees what Rune never
 * does (the damaged-file tests once failed so, when the file's layout changed from one run to the next).
 */
class UnreadablePageTest {
    @TempDir
    Path temp;

    @Test
    void aNodeThatMiscountsItsChildrenTripsAnAssertionOfMVStoresThatRuneDoesNotTakeForDamage() throws Exception {
        assumeTrue(Page.class.desiredAssertionStatus(), "MVStore's assertions are on, as in the build's tests");
        DataFolder folder = History.writeClosed(temp.resolve("data"));
        Path file = folder.databaseFile();
        assertThat(UnreadablePage.tripsAnAssertionOfMVStore(file)).as("the whole file").isFalse();

        miscountFirstChild(file, Collection.DAILY_PROGRESS.collectionName());

        assertThat(UnreadablePage.tripsAnAssertionOfMVStore(file)).isTrue();
        try (Store store = Store.open(folder, TestData.json())) {
            assertThatThrownBy(store::readAll).isExactlyInstanceOf(AssertionError.class)
                    .hasStackTraceContaining("org.h2.mvstore.Page$NonLeaf.getChildPage");
        }
    }

    /**
     * Changes by one the count of documents that {@code map}'s root page keeps for its first child, and nothing
     * else: the varint keeps its length, and every position in the page stays as it was.
     */
    private static void miscountFirstChild(Path file, String map) throws Exception {
        long pagePos;
        long chunkStart;
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            Page<Object, Object> root = store.<Object, Object>openMap(map).getRootPage();
            assertThat(root.isLeaf()).as("the root of %s is a node", map).isFalse();
            pagePos = root.getPos();
            // A file just compacted is one chunk, the one the header names.
            Map<String, Object> header = store.getStoreHeader();
            assertThat(DataUtils.getPageChunkId(pagePos)).isEqualTo((int) DataUtils.readHexLong(header, "chunk", -1));
            chunkStart = DataUtils.readHexLong(header, "block", 0) * DataUtils.readHexLong(header, "blockSize", 4096);
        } finally {
            store.closeImmediately();
        }
        long at = chunkStart + DataUtils.getPageOffset(pagePos);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer page = ByteBuffer.allocate(1024);
            channel.read(page, at);
            page.flip();
            // A page: its length, a check value, its number, its map's id, its key count and its type; a node's
            // children follow, first their positions, then how many documents each holds.
            page.getInt();
            page.getShort();
            DataUtils.readVarInt(page);
            DataUtils.readVarInt(page);
            int keys = DataUtils.readVarInt(page);
            page.get();
            int firstCount = page.position() + (keys + 1) * Long.BYTES;
            byte lowBits = page.get(firstCount);
            channel.write(ByteBuffer.wrap(new byte[] {(byte) (lowBits ^ 1)}), at + firstCount);
        }
    }
}
