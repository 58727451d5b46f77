package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of commits survives a write torn by a power cut, and never reads a damaged slot as a count. */
class CommitRecordTest {
    @TempDir
    Path temp;

    @Test
    void theHighestReadableSlotIsTheCount() throws Exception {
        CommitRecord record = CommitRecord.beside(temp.resolve("rune.db"));
        assertThat(record.read()).isEmpty();

        record.writeDurably(41);
        record.write(42);
        record.write(43);
        assertThat(record.read()).hasValue(43);
        record.close();
        assertThat(Files.size(record.file())).isEqualTo(128);
    }

    @Test
    void aTornSlotLeavesTheOtherOne() throws Exception {
        CommitRecord record = CommitRecord.beside(temp.resolve("rune.db"));
        record.writeDurably(100);
        record.write(101);
        record.close();
        byte[] bytes = Files.readAllBytes(record.file());
        // Slot 1 (odd counts) half written: its checksum no longer matches.
        bytes[64 + 20] = (byte) '9';

        Files.write(record.file(), bytes);

        assertThat(record.read()).hasValue(100);
    }

    @Test
    void aRecordThatDoesNotReadIsNoRecord() throws Exception {
        Path file = temp.resolve("rune.db.commit");
        Files.writeString(file, "rune-commits 00000000000000000012 deadbeef" + " ".repeat(100));
        assertThat(CommitRecord.beside(temp.resolve("rune.db")).read()).isEmpty();

        Files.write(file, new byte[0]);
        assertThat(CommitRecord.beside(temp.resolve("rune.db")).read()).isEmpty();
    }

    @Test
    void aSlotIsOneLineOfFixedLength() {
        String slot = CommitRecord.format(1234);
        assertThat(slot).hasSize(64).endsWith("\n").startsWith("rune-commits 00000000000000001234 ");
        assertThat(CommitRecord.parse(slot)).isEqualTo(OptionalLong.of(1234));
        assertThat(CommitRecord.parse(slot.replace("1234", "1235"))).isEmpty();
        assertThat(slot.getBytes(StandardCharsets.US_ASCII)).hasSize(64);
    }
}
