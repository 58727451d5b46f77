package app.rune.store;

import app.rune.TestData;
import app.rune.model.ConversationContext;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.support.RealisticData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A data folder with months of one person's history, written as the app writes it: one document per commit, so
 * the file holds many versions, then closed (and so compacted) or left open mid-session.
 */
public final class History {
    public static final int DAYS = 90;

    private History() {
    }

    /** The documents, as {@link Store#readAll()} orders them. */
    public static DataSet documents() {
        DataSet generated = RealisticData.generate(20_261_203L, "ana", 1, DAYS);
        return new DataSet(
                generated.userGoals().stream().sorted(Comparator.comparing(UserGoals::id)).toList(),
                generated.dailyProgress().stream().sorted(NitriteDailyProgressRepository.BY_USER_AND_DATE).toList(),
                generated.userPreferences().stream().sorted(Comparator.comparing(UserPreferences::id)).toList(),
                generated.userAnalytics().stream().sorted(Comparator.comparing(UserAnalytics::id)).toList(),
                generated.conversationContext().stream().sorted(Comparator.comparing(ConversationContext::id))
                        .toList());
    }

    /** Writes the history into a new folder at {@code root}, one commit per document, and closes it. */
    public static DataFolder writeClosed(Path root) throws Exception {
        DataFolder folder = DataFolder.open(root);
        try (Store store = Store.open(folder, TestData.json())) {
            write(store);
        }
        return folder;
    }

    /** Saves every document of the history, each on its own (a commit each). */
    static void write(Store store) {
        DataSet all = documents();
        all.userPreferences().forEach(store.userPreferences()::save);
        all.userGoals().forEach(store.userGoals()::save);
        all.conversationContext().forEach(store.conversationContext()::save);
        for (DailyProgress day : all.dailyProgress()) {
            store.dailyProgress().save(day);
        }
        all.userAnalytics().forEach(store.userAnalytics()::save);
    }

    /** Copies the data file and its record from {@code from} into a new folder at {@code to}. */
    static DataFolder copy(DataFolder from, Path to) throws Exception {
        DataFolder copy = DataFolder.open(to);
        Files.copy(from.databaseFile(), copy.databaseFile());
        Path record = from.root().resolve("rune.db.commit");
        if (Files.exists(record)) {
            Files.copy(record, copy.root().resolve("rune.db.commit"));
        }
        return copy;
    }
}
