package app.rune.store;

import app.rune.model.ConversationContext;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What an import makes of the stored documents and the file's: the file's replace stored ones with their _id. */
final class DataSets {
    private DataSets() {
    }

    static DataSet merge(DataSet stored, DataSet incoming) {
        return new DataSet(
                upsert(stored.userGoals(), incoming.userGoals(), UserGoals::id),
                upsert(stored.dailyProgress(), incoming.dailyProgress(), DailyProgress::id),
                upsert(stored.userPreferences(), incoming.userPreferences(), UserPreferences::id),
                upsert(stored.userAnalytics(), incoming.userAnalytics(), UserAnalytics::id),
                upsert(stored.conversationContext(), incoming.conversationContext(), ConversationContext::id));
    }

    private static <T> List<T> upsert(List<T> stored, List<T> incoming, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        stored.forEach(d -> byId.put(idOf.apply(d), d));
        incoming.forEach(d -> byId.put(idOf.apply(d), d));
        return new ArrayList<>(byId.values());
    }
}
