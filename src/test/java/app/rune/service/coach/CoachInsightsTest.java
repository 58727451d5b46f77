package app.rune.service.coach;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.StreakRecords;
import app.rune.model.TaskTrend;
import app.rune.model.UserAnalytics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CoachInsightsTest {
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("app.rune.coach.voice");
    private static final Instant NOW = Instant.parse("2025-06-28T20:00:00Z");

    private final CoachInsights insights = new CoachInsights(WORDS);

    private static UserAnalytics analytics(int current, int longest, Map<String, Integer> obstacles,
            List<LocalTime> times, Double completion) {
        return new UserAnalytics("user", 0.4, completion,
                new StreakRecords(current, longest, current == 0 ? null : LocalDate.of(2025, 6, 17)),
                obstacles, times, Map.of("t1", new TaskTrend(2.5, 0.8)), NOW);
    }

    private static Map<String, Integer> obstacles() {
        Map<String, Integer> obstacles = new LinkedHashMap<>();
        obstacles.put("too_tired", 2);
        obstacles.put("work_overtime", 4);
        obstacles.put("rain", 4);
        return obstacles;
    }

    @Test
    void aFullDocumentGivesItsInsightsMostTellingFirst() {
        UserAnalytics full = analytics(12, 12, obstacles(), List.of(LocalTime.of(8, 0), LocalTime.of(19, 0)), 0.724);

        assertThat(insights.about(full)).containsExactly(
                "You are on a 12-day streak \u2014 your longest.",
                "Work overtime stopped you 4 times.",
                "You finish most tasks around 08:00.",
                "On average you finish 72% of each day's tasks.");
    }

    @Test
    void aLongerStreakBeforeIsOneToBeat() {
        UserAnalytics behind = analytics(5, 20, Map.of(), List.of(), null);
        UserAnalytics afterABreak = analytics(0, 20, Map.of(), List.of(), null);
        UserAnalytics oneDayShort = analytics(19, 20, Map.of(), List.of(), null);

        assertThat(insights.about(behind))
                .containsExactly("You are 5 days into a streak; 16 more days beat your best of 20.");
        assertThat(insights.about(afterABreak))
                .containsExactly("Your longest streak so far is 20 days \u2014 one to beat.");
        assertThat(insights.about(oneDayShort))
                .containsExactly("You are 19 days into a streak; 2 more days beat your best of 20.");
        assertThat(insights.about(analytics(1, 20, Map.of(), List.of(), null)))
                .containsExactly("You are 1 day into a streak; 20 more days beat your best of 20.");
    }

    @Test
    void anObstacleMetOnceIsSaidSo() {
        assertThat(insights.about(analytics(0, 0, Map.of("rain", 1), List.of(), null)))
                .containsExactly("Rain stopped you once.");
    }

    @Test
    void aSingleDayIsNotYetARecord() {
        assertThat(insights.about(analytics(1, 1, Map.of(), List.of(), null))).isEmpty();
    }

    @Test
    void nothingToGoOnSaysNothing() {
        UserAnalytics fresh = new UserAnalytics("user", 0.0, 0.0, new StreakRecords(0, 0, null), Map.of(), List.of(),
                Map.of(), NOW);
        UserAnalytics empty = new UserAnalytics("user", null, null, null, null, null, null, null);

        assertThat(insights.about(fresh)).isEmpty();
        assertThat(insights.about(empty)).isEmpty();
        assertThat(insights.about(null)).isEmpty();
    }

    @Test
    void obstaclesCountedZeroTimesAreNotMentioned() {
        assertThat(insights.about(analytics(0, 0, Map.of("rain", 0), List.of(), null))).isEmpty();
    }
}
