package app.rune.service.coach;

import app.rune.model.StreakRecords;
import app.rune.model.UserAnalytics;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * What the coach can tell the person about themselves from their {@code user_analytics}: a streak that is their
 * longest, the obstacle that stopped them most lately, the hour they do best, the streak to beat and how much of
 * a day they usually finish. Sentences come from the voice bundle's {@code insight.*} keys and do not depend on
 * tone: they are facts, and the voice around them carries the tone.
 *
 * <p>Obstacles are counted over the last {@value #OBSTACLE_DAYS} days, not from the stored
 * {@code common_obstacles} (which count over all time, as the seed defines them): after years of use an all-time
 * count ("Family stopped you 271 times") says nothing about now, and the sentence names its window.
 */
public final class CoachInsights {
    /**
     * How many days, today included, "what stopped you most" looks back. The {@code insight.obstacle} sentence
     * says "in the last two weeks": change both together.
     */
    public static final int OBSTACLE_DAYS = 14;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final CoachVoice voice;

    public CoachInsights(ResourceBundle words) {
        this.voice = new CoachVoice(words);
    }

    /** The first day of the obstacle window that ends on {@code today} (the person's today). */
    public static LocalDate obstaclesFrom(LocalDate today) {
        return today.minusDays(OBSTACLE_DAYS - 1L);
    }

    /**
     * The insights worth saying, most telling first; empty when there is nothing to go on.
     *
     * @param analytics the stored figures, or null when there are none
     * @param recentObstacles the obstacles of each task entry from {@link #obstaclesFrom} to today, as
     *         {@code DailyProgressRepository.obstaclesBetween} reads them
     */
    public List<String> about(UserAnalytics analytics, List<List<String>> recentObstacles) {
        List<String> insights = new ArrayList<>();
        StreakRecords streaks = analytics == null ? null : analytics.streakRecords();
        int current = streaks == null ? 0 : streaks.currentStreak();
        int longest = streaks == null ? 0 : Math.max(streaks.longestStreak(), current);
        // A record being set right now is the most motivating thing to hear; a single day is not yet a record.
        if (current > 1 && current == longest) {
            insights.add(say("insight.streak.record", Map.of("streak", current)));
        }
        // What got in the way most lately is the most useful thing to act on.
        topObstacle(counted(recentObstacles)).ifPresent(top -> insights.add(say("insight.obstacle",
                Map.of("obstacle", top.getKey(), "count", top.getValue()))));
        if (analytics == null) {
            return insights;
        }
        // The hour they do best helps to place tomorrow's tasks.
        analytics.bestPerformingTimes().stream().findFirst().ifPresent(time -> insights.add(
                say("insight.bestTime", Map.of("time", clock(time)))));
        if (longest > 1 && current < longest) {
            insights.add(current == 0
                    ? say("insight.streak.best", Map.of("longest", longest))
                    : say("insight.streak.toBeat", Map.of("streak", current, "longest", longest,
                            "togo", longest - current + 1)));
        }
        Double completion = analytics.averageTaskCompletion();
        if (completion != null && completion > 0) {
            insights.add(say("insight.completion", Map.of("percent", Math.round(Math.min(1, completion) * 100))));
        }
        return insights;
    }

    /** How many entries each obstacle stopped, by name; an entry counts an obstacle once, as the analytics do. */
    private static Map<String, Integer> counted(List<List<String>> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        if (entries != null) {
            for (List<String> obstacles : entries) {
                if (obstacles != null) {
                    new LinkedHashSet<>(obstacles).stream().filter(o -> o != null)
                            .forEach(o -> counts.merge(o, 1, Integer::sum));
                }
            }
        }
        return counts;
    }

    /** The obstacle counted most often; on a tie the first by name (the counts are in name order). */
    private static Optional<Map.Entry<String, Integer>> topObstacle(Map<String, Integer> obstacles) {
        Map.Entry<String, Integer> top = null;
        for (Map.Entry<String, Integer> obstacle : obstacles.entrySet()) {
            Integer count = obstacle.getValue();
            boolean named = obstacle.getKey() != null && !obstacle.getKey().isBlank();
            if (named && count != null && count > 0 && (top == null || count > top.getValue())) {
                top = obstacle;
            }
        }
        return Optional.ofNullable(top);
    }

    private String say(String key, Map<String, ?> facts) {
        // An obstacle tag can start the sentence ("work overtime stopped you ..."), so the first letter is raised.
        return CoachVoice.capitalized(voice.fill(key, facts));
    }

    private static String clock(LocalTime time) {
        return CLOCK.format(time);
    }
}
