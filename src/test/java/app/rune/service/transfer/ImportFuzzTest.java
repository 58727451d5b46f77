package app.rune.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.TestData;
import app.rune.model.ConversationContext;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.validation.Problem;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import app.rune.support.RealisticData;
import app.rune.support.fuzz.BaseFile;
import app.rune.support.fuzz.FuzzSettings;
import app.rune.support.fuzz.HostileInputFuzzer;
import app.rune.support.fuzz.Mutator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rune import} given thousands of broken variants of valid files: each one is either imported exactly as
 * it says or refused with a clear message and nothing changed. Replay or extend a run with
 * {@code -Drune.fuzz.seed=...}, {@code -Drune.fuzz.count=...} or {@code -Drune.fuzz.case=...}.
 */
class ImportFuzzTest {
    static final long DEFAULT_SEED = 20_250_628L;
    static final int DEFAULT_COUNT = 1_000;

    /** Words that mean an exception's own text reached the person instead of a message written for them. */
    private static final Pattern LEAKED = Pattern.compile(
            "Exception|com\\.fasterxml|java\\.[a-z]+\\.|\\[Source:|\\tat |`|JsonToken|START_|END_");
    /** Text quoted from the file: "a value", 'a name' or a path after "inside". */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|, inside [^)]*\\)");
    /** Characters that garble a terminal or reorder what is shown: a message must show them escaped, if at all. */
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");

    @TempDir
    Path temp;

    private final ObjectMapper json = TestData.json();
    private Store store;
    private ImportService importer;

    @BeforeEach
    void openStoreWithData() throws Exception {
        store = Store.open(DataFolder.open(temp.resolve("data")), json);
        importer = new ImportService(store, json);
        // Documents already there, so that a refusal that touched them, or a day that collides with them, shows.
        importer.importContent("stored.json", json.writeValueAsBytes(RealisticData.generate(7, "stored", 2, 4)));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Small valid files, so that each case is quick: a few people over a few days, and the seed's example. */
    static List<BaseFile> baseFiles(ObjectMapper json) throws Exception {
        return List.of(
                new BaseFile("realistic", json.writeValueAsBytes(RealisticData.generate(1, "fuzz", 2, 3))),
                new BaseFile("stored-overlap", json.writeValueAsBytes(RealisticData.generate(7, "stored", 1, 2))),
                new BaseFile("seed", json.writeValueAsBytes(TestData.seedTree())));
    }

    @Test
    void everyMutatedFileIsImportedAsWrittenOrRefusedClearlyWithNothingChanged() throws Exception {
        FuzzSettings settings = FuzzSettings.fromSystemProperties(DEFAULT_SEED, DEFAULT_COUNT,
                Path.of("target", "fuzz-failures"));

        HostileInputFuzzer.Summary summary = HostileInputFuzzer.<DataSet>target("import")
                .operation(content -> importer.importContent("fuzz.json", content))
                .refusedWith(InvalidImportException.class, (refusal, mutation) ->
                        assertClearRefusal((InvalidImportException) refusal, "imported"))
                .state(store::readAll)
                .onSuccess((content, before, after) -> {
                    assertThat(byId(after)).as("the store after importing the file")
                            .isEqualTo(byId(merged(before, readPlainly(json, content))));
                    assertExportReadsBack(json, after);
                })
                .run(baseFiles(json), settings);

        System.out.println("import fuzz: " + summary);
        assertTriedEnough(settings, summary);
    }

    /** A fuzz that refuses everything, or never tries some kind of damage, proves little. */
    static void assertTriedEnough(FuzzSettings settings, HostileInputFuzzer.Summary summary) {
        if (settings.onlyCase().isEmpty() && settings.cases() >= DEFAULT_COUNT) {
            assertThat(summary.accepted()).as("accepted cases, " + summary).isPositive();
            assertThat(summary.refused()).as("refused cases, " + summary).isGreaterThan(summary.cases() / 2);
            for (Mutator.Kind kind : Mutator.Kind.values()) {
                assertThat(summary.cases(kind)).as(kind + " cases, " + summary).isPositive();
            }
        }
    }

    /**
     * A refusal a person can act on: at least one problem, each with words written for people (no exception
     * names, no Jackson internals, no stack), short enough to read, and a place: a path inside the file, or for
     * a syntax error the line and column.
     */
    static void assertClearRefusal(InvalidImportException refusal, String notDone) {
        if (refusal.problems().isEmpty()) {
            throw new AssertionError("no problems listed");
        }
        if (!refusal.getMessage().toLowerCase(Locale.ROOT).contains("nothing was " + notDone)) {
            throw new AssertionError("does not say that nothing was " + notDone);
        }
        for (Problem problem : refusal.problems()) {
            String shown = abbreviate(problem.toString());
            if (problem.message() == null || problem.message().isBlank()) {
                throw new AssertionError("a problem without a message: " + shown);
            }
            if (problem.path() == null) {
                throw new AssertionError("a problem without a path: " + shown);
            }
            if (problem.toString().length() > 400) {
                throw new AssertionError("a problem of " + problem.toString().length() + " characters: " + shown);
            }
            if (LEAKED.matcher(ownWords(problem.message())).find()) {
                throw new AssertionError("a problem in programmers' words: " + shown);
            }
            if (problem.message().startsWith("not valid JSON") && !problem.message().contains("(line ")) {
                throw new AssertionError("a syntax error that does not say where: " + shown);
            }
            if (HIDDEN.matcher(problem.toString()).find()) {
                throw new AssertionError("a problem with control or direction characters: " + shown);
            }
        }
    }

    /** A message without what it quotes from the file (a name, a value, a path), which may hold anything. */
    private static String ownWords(String message) {
        return QUOTED.matcher(message).replaceAll("");
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 150) + "...(" + text.length() + " chars)" : text;
    }

    /** Whatever import accepted, export must write in a form import accepts again, meaning the same. */
    static void assertExportReadsBack(ObjectMapper json, DataSet stored) {
        try {
            DataSet again = new ImportReader(json).read("export.json", json.writeValueAsBytes(stored),
                    ImportChecks.Stored.NOTHING);
            assertThat(byId(again)).as("the export, imported again").isEqualTo(byId(stored));
        } catch (InvalidImportException e) {
            throw new AssertionError("the export of what was imported is refused: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents a file holds, read by Jackson directly rather than by the import code under test. */
    static DataSet readPlainly(ObjectMapper json, byte[] content) {
        try {
            return json.readValue(content, DataSet.class);
        } catch (Exception e) {
            throw new AssertionError("accepted a file Jackson itself cannot bind: " + e.getMessage(), e);
        }
    }

    /** {@code stored} with {@code incoming}'s documents added or put in place of those with the same _id. */
    static DataSet merged(DataSet stored, DataSet incoming) {
        return new DataSet(
                upsert(stored.userGoals(), incoming.userGoals(), UserGoals::id),
                upsert(stored.dailyProgress(), incoming.dailyProgress(), DailyProgress::id),
                upsert(stored.userPreferences(), incoming.userPreferences(), UserPreferences::id),
                upsert(stored.userAnalytics(), incoming.userAnalytics(), UserAnalytics::id),
                upsert(stored.conversationContext(), incoming.conversationContext(), ConversationContext::id));
    }

    private static <T> List<T> upsert(List<T> stored, List<T> incoming, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        stored.forEach(d -> byId.put(id.apply(d), d));
        incoming.forEach(d -> byId.put(id.apply(d), d));
        return List.copyOf(byId.values());
    }

    /** Each collection as a map by _id: the store keeps its own order, and order is not what is compared. */
    static List<Map<String, ?>> byId(DataSet data) {
        return List.of(index(data.userGoals(), UserGoals::id), index(data.dailyProgress(), DailyProgress::id),
                index(data.userPreferences(), UserPreferences::id), index(data.userAnalytics(), UserAnalytics::id),
                index(data.conversationContext(), ConversationContext::id));
    }

    private static <T> Map<String, T> index(List<T> documents, Function<T, String> id) {
        Map<String, T> byId = new TreeMap<>();
        documents.forEach(d -> byId.put(id.apply(d), d));
        return byId;
    }
}
