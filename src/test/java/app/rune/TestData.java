package app.rune;

import app.rune.model.DataSet;
import app.rune.model.json.RuneJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The seed's example documents (../seed/collections.md), as a file in the export format. */
public final class TestData {
    public static final String SEED_RESOURCE = "/seed/seed-example.json";

    private TestData() {
    }

    public static ObjectMapper json() {
        return RuneJson.newMapper();
    }

    public static JsonNode seedTree() {
        try (InputStream in = TestData.class.getResourceAsStream(SEED_RESOURCE)) {
            return json().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seed as an export or a backup writes it on 1 July 2025 (for the seed's person, who lives in UTC+7) at
     * {@code now}. The seed's {@code user_analytics} are an example, not the figures of its one day, and an export
     * carries the figures the days give, so they are these, counted by hand from that day (28 June): one of its two
     * tasks done (at 08:30 UTC, 15:00 hours in UTC+7, difficulty 3), the other stopped by work overtime and
     * tiredness; no run of days still going on 1 July, the longest one day. Both tasks are every-day tasks from
     * 28 June (17:00 in UTC+7), so 29 and 30 June, due and not done, broke every run: task_1's longest run is that
     * one day, task_2 never had one.
     */
    public static JsonNode seedTreeExportedOn1July(Instant now) {
        ObjectNode tree = (ObjectNode) seedTree();
        ObjectNode figures = json().createObjectNode();
        figures.put("_id", "user_id");
        figures.put("goal_completion_rate", 0.0);
        figures.put("average_task_completion", 0.5);
        figures.putObject("streak_records").put("current_streak", 0).put("longest_streak", 1)
                .putNull("streak_start_date");
        figures.putObject("common_obstacles").put("tired", 1).put("work_overtime", 1);
        figures.putArray("best_performing_times").add("15:00");
        ObjectNode trends = figures.putObject("task_difficulty_trends");
        trends.putObject("task_1").put("avg_difficulty", 3.0).put("completion_rate", 1.0);
        trends.putObject("task_2").putNull("avg_difficulty").put("completion_rate", 0.0);
        figures.put("last_updated", now.toString());
        ObjectNode streaks = figures.putObject("task_streaks");
        streaks.putObject("task_1").put("current", 0).put("longest", 1).put("unit", "days");
        streaks.putObject("task_2").put("current", 0).put("longest", 0).put("unit", "days");
        tree.putArray("user_analytics").add(figures);
        return tree;
    }

    public static DataSet seed() {
        try {
            return json().treeToValue(seedTree(), DataSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
