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

    /** Each task entry's obstacles over the last two weeks, as the coach reads them for the insights. */
    @SafeVarargs
    private static List<List<String>> lastTwoWeeks(List<String>... entries) {
        return List.of(entries);
    }

    private static final List<List<String>> NONE = List.of();

    @Test
    void aFullDocumentGivesItsInsightsMostTellingFirst() {
        UserAnalytics full = analytics(12, 12, obstacles(), List.of(LocalTime.of(8, 0), LocalTime.of(19, 0)), 0.724);
        List<List<String>> recent = lastTwoWeeks(List.of("work_overtime"), List.of(), List.of("work_overtime", "rain"),
                List.of("too_tired"), List.of("work_overtime"));

        assertThat(insights.about(full, recent)).containsExactly(
                "You are on a 12-day streak \u2014 your longest.",
                "Work overtime stopped you 3 times in the last two weeks.",
                "You finish most tasks around 08:00.",
                "On average you finish 72% of each day's tasks.");
    }

    @Test
    void aLongerStreakBeforeIsOneToBeat() {
        UserAnalytics behind = analytics(5, 20, Map.of(), List.of(), null);
        UserAnalytics afterABreak = analytics(0, 20, Map.of(), List.of(), null);
        UserAnalytics oneDayShort = analytics(19, 20, Map.of(), List.of(), null);

        assertThat(insights.about(behind, NONE))
                .containsExactly("You are 5 days into a streak; 16 more days beat your best of 20.");
        assertThat(insights.about(afterABreak, NONE))
                .containsExactly("Your longest streak so far is 20 days \u2014 one to beat.");
        assertThat(insights.about(oneDayShort, NONE))
                .containsExactly("You are 19 days into a streak; 2 more days beat your best of 20.");
        assertThat(insights.about(analytics(1, 20, Map.of(), List.of(), null), NONE))
                .containsExactly("You are 1 day into a streak; 20 more days beat your best of 20.");
    }

    @Test
    void anObstacleMetOnceIsSaidSo() {
        assertThat(insights.about(analytics(0, 0, Map.of("rain", 1), List.of(), null), lastTwoWeeks(List.of("rain"))))
                .containsExactly("Rain stopped you once in the last two weeks.");
    }

    @Test
    void whatStopsYouMostIsCountedOverTheLastTwoWeeksNotOverAllTime() {
        // Ten years of family, 271 times in all; lately it is the rain.
        UserAnalytics years = analytics(0, 0, Map.of("family", 271, "rain", 3), List.of(), null);
        List<List<String>> recent = lastTwoWeeks(List.of("rain"), List.of("family"), List.of("rain", "family"),
                List.of("rain"));

        assertThat(insights.about(years, recent)).containsExactly("Rain stopped you 3 times in the last two weeks.");
        assertThat(insights.about(years, NONE)).as("nothing got in the way lately").isEmpty();
    }

    @Test
    void anObstacleListedTwiceInOneEntryCountsOnceAndATieGoesToTheFirstByName() {
        List<List<String>> recent = lastTwoWeeks(List.of("work", "work", "rain"), List.of("rain", "work"));

        assertThat(insights.about(null, recent)).containsExactly("Rain stopped you 2 times in the last two weeks.");
    }

    @Test
    void theWindowIsTheLastFourteenDaysWithToday() {
        assertThat(CoachInsights.OBSTACLE_DAYS).isEqualTo(14);
        assertThat(CoachInsights.obstaclesFrom(LocalDate.of(2025, 7, 2))).isEqualTo(LocalDate.of(2025, 6, 19));
    }

    @Test
    void aSingleDayIsNotYetARecord() {
        assertThat(insights.about(analytics(1, 1, Map.of(), List.of(), null), NONE)).isEmpty();
    }

    @Test
    void nothingToGoOnSaysNothing() {
        UserAnalytics fresh = new UserAnalytics("user", 0.0, 0.0, new StreakRecords(0, 0, null), Map.of(), List.of(),
                Map.of(), NOW);
        UserAnalytics empty = new UserAnalytics("user", null, null, null, null, null, null, null);

        assertThat(insights.about(fresh, NONE)).isEmpty();
        assertThat(insights.about(empty, NONE)).isEmpty();
        assertThat(insights.about(null, NONE)).isEmpty();
    }

    @Test
    void obstaclesCountedZeroTimesAreNotMentioned() {
        assertThat(insights.about(analytics(0, 0, Map.of("rain", 0), List.of(), null), NONE)).isEmpty();
        assertThat(insights.about(null, lastTwoWeeks(List.of(), List.of(" ")))).isEmpty();
    }
}
