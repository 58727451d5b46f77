package app.rune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.ExitStatus;
import app.rune.TestData;
import app.rune.model.UserAnalytics;
import app.rune.store.DataFolder;
import app.rune.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rune stats on a short history; the clock says 2025-07-01 09:00 UTC, the person lives in UTC+2. */
class StatsCommandTest {
    private static final String HISTORY = """
            {"user_preferences": [{"_id": "ana", "communication_style": {"timezone": "Europe/Berlin"}}],
             "user_analytics": [{"_id": "ana", "goal_completion_rate": 0.1, "average_task_completion": 0.1,
               "streak_records": {"current_streak": 0, "longest_streak": 0, "streak_start_date": null},
               "common_obstacles": {}, "best_performing_times": [], "task_difficulty_trends": {},
               "last_updated": "2025-01-01T00:00:00Z"}],
             "daily_progress": [
               {"_id": "d1", "user_id": "ana", "date": "2025-06-28", "tasks": [
                 {"task_id": "t1", "task_title": "Run", "completed": true, "completion_time": "2025-06-28T05:10:00Z",
                  "difficulty_rating": 4},
                 {"task_id": "t2", "task_title": "Read", "completed": false, "skip_reason": "forgot",
                  "obstacles": ["tired"]}]},
               {"_id": "d2", "user_id": "ana", "date": "2025-06-29", "tasks": [], "rest_day": true},
               {"_id": "d3", "user_id": "ana", "date": "2025-06-30", "tasks": [
                 {"task_id": "t1", "task_title": "Run", "completed": true, "completion_time": "2025-06-30T05:40:00Z",
                  "difficulty_rating": 2},
                 {"task_id": "t2", "task_title": "Read", "completed": true, "completion_time": "2025-06-30T19:00:00Z"}]}]}
            """;

    @TempDir
    Path temp;

    private Path data;
    private CommandLineRunner rune;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        rune = new CommandLineRunner(temp.resolve("home"), Map.of());
        Path file = Files.writeString(temp.resolve("history.json"), HISTORY);
        assertThat(rune.run("--data-dir", data.toString(), "import", file.toString()).status()).isZero();
    }

    private UserAnalytics stored() throws Exception {
        try (Store store = Store.open(DataFolder.open(data), TestData.json())) {
            return store.userAnalytics().findById("ana").orElseThrow();
        }
    }

    @Test
    void printsTheRecomputedFiguresInTheSeedsShapeAndStoresThem() throws Exception {
        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "stats");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        JsonNode json = TestData.json().readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("_id", "goal_completion_rate",
                "average_task_completion", "streak_records", "common_obstacles", "best_performing_times",
                "task_difficulty_trends", "last_updated");
        UserAnalytics printed = TestData.json().treeToValue(json, UserAnalytics.class);
        assertThat(printed.averageTaskCompletion()).isEqualTo(0.75);
        assertThat(printed.goalCompletionRate()).isEqualTo(0.5);
        // An unfinished today (1 July) does not break the run; the rest day in between does not either.
        assertThat(printed.streakRecords().currentStreak()).isEqualTo(2);
        assertThat(printed.streakRecords().streakStartDate()).isEqualTo(LocalDate.of(2025, 6, 28));
        assertThat(printed.commonObstacles()).containsExactly(Map.entry("tired", 1));
        // 05:10 and 05:40 UTC are 07:10 and 07:40 in Berlin in summer; 19:00 UTC is 21:00.
        assertThat(printed.bestPerformingTimes()).containsExactly(LocalTime.of(7, 0), LocalTime.of(21, 0));
        assertThat(printed.taskDifficultyTrends().get("t1").avgDifficulty()).isEqualTo(3.0);
        assertThat(printed.taskDifficultyTrends().get("t2").avgDifficulty()).isNull();
        assertThat(run.out()).contains("\"avg_difficulty\" : null");
        assertThat(stored()).isEqualTo(printed);
    }

    @Test
    void anEarlierDateIsPrintedButNotStored() throws Exception {
        CommandLineRunner.Run run = rune.run("--data-dir", data.toString(), "stats", "--as-of", "2025-06-28");

        UserAnalytics printed = TestData.json().readValue(run.out(), UserAnalytics.class);
        assertThat(printed.averageTaskCompletion()).isEqualTo(0.5);
        assertThat(printed.streakRecords().currentStreak()).isEqualTo(1);
        assertThat(stored().averageTaskCompletion()).as("the imported document, as it was").isEqualTo(0.1);
    }

    @Test
    void theFutureAndBadDatesAreRefused() {
        assertThat(rune.run("--data-dir", data.toString(), "stats", "--as-of", "2025-07-02").status())
                .isEqualTo(ExitStatus.INVALID_INPUT);
        assertThat(rune.run("--data-dir", data.toString(), "stats", "--as-of", "July").err())
                .contains("\"July\" is not a date");
    }

    @Test
    void aTickOnTheCommandLineKeepsTheStoredFiguresCurrent() throws Exception {
        Path tasks = Files.writeString(temp.resolve("tasks.json"), """
                {"user_goals": [{"_id": "ana", "long_term_goal": {"title": "Run 5 km", "status": "active"},
                   "daily_tasks": [{"id": "t1", "title": "Run", "estimated_time": 20, "priority": 1}],
                   "goal_refinement_history": []}]}
                """);
        rune.run("--data-dir", data.toString(), "import", tasks.toString());

        rune.run("--data-dir", data.toString(), "check", "t1");

        UserAnalytics after = stored();
        assertThat(after.streakRecords().currentStreak()).isEqualTo(3);
        assertThat(after.lastUpdated()).isEqualTo(CommandLineRunner.CLOCK.instant());
        assertThat(after.bestPerformingTimes()).hasSize(List.of(7, 11, 21).size());
    }
}
