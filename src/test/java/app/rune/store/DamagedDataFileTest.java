package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import app.rune.data.DamagedDataFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file that will not open is never changed by opening it, and is only ever moved aside, not deleted. */
class DamagedDataFileTest {
    @TempDir
    Path temp;

    private DataFolder folder() throws Exception {
        return DataFolder.open(temp.resolve("data"));
    }

    /** A real data file holding the seed, then spoiled the way {@code kind} says. */
    private byte[] damaged(String kind) throws Exception {
        DataFolder folder = folder();
        try (Store store = Store.open(folder, TestData.json())) {
            store.upsertAll(TestData.seed());
        }
        byte[] good = Files.readAllBytes(folder.databaseFile());
        byte[] bad = switch (kind) {
            case "not-nitrite" -> "{\"this\": \"is a JSON file, not a database\"}".getBytes(StandardCharsets.UTF_8);
            case "header" -> {
                byte[] b = good.clone();
                Arrays.fill(b, 0, Math.min(b.length, 8192), (byte) 0);
                yield b;
            }
            case "truncated" -> Arrays.copyOf(good, 100);
            default -> throw new IllegalArgumentException(kind);
        };
        Files.write(folder.databaseFile(), bad);
        return bad;
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-nitrite", "header", "truncated"})
    void openingADamagedFileFailsAndLeavesItAsItIs(String kind) throws Exception {
        byte[] bad = damaged(kind);
        DataFolder folder = folder();

        assertThatThrownBy(() -> Store.open(folder, TestData.json()))
                .isInstanceOf(DamagedDataFileException.class)
                .hasMessageContaining(folder.databaseFile().toString())
                .hasMessageContaining("has been left as it is");

        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(bad);
        // Beside it only the record of its commits and, when anything could be read, a recovery file.
        assertThat(namesIn(folder.root())).filteredOn(n -> n.startsWith("rune.db."))
                .allMatch(n -> n.equals("rune.db.commit") || n.matches("rune\\.db\\.recovered-[-0-9]+\\.json"));
        // The folder is free again: the lock went with the failed open.
        assertThatThrownBy(() -> Store.open(folder, TestData.json())).isInstanceOf(DamagedDataFileException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-nitrite", "header", "truncated"})
    void settingADamagedFileAsideKeepsItAndStartsEmpty(String kind) throws Exception {
        byte[] bad = damaged(kind);
        DataFolder folder = folder();

        try (Store store = Store.openSettingAsideDamaged(folder, TestData.json())) {
            assertThat(store.readAll().size()).isZero();
            Path aside = store.setAsideFile().orElseThrow();
            assertThat(aside.getFileName().toString()).matches("rune\\.db\\.damaged-\\d{4}-\\d{2}-\\d{2}-\\d{6}");
            assertThat(Files.readAllBytes(aside)).isEqualTo(bad);
            store.upsertAll(TestData.seed());
        }
        try (Store reopened = Store.open(folder, TestData.json())) {
            assertThat(reopened.readAll()).isEqualTo(TestData.seed());
            assertThat(reopened.setAsideFile()).isEmpty();
        }
    }

    @Test
    void aFileThatOpensIsNotSetAside() throws Exception {
        DataFolder folder = folder();
        try (Store store = Store.open(folder, TestData.json())) {
            store.upsertAll(TestData.seed());
        }
        try (Store store = Store.openSettingAsideDamaged(folder, TestData.json())) {
            assertThat(store.setAsideFile()).isEmpty();
            assertThat(store.readAll()).isEqualTo(TestData.seed());
        }
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
