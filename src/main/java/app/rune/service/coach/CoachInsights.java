package app.rune.service.coach;

import app.rune.model.StreakRecords;
import app.rune.model.UserAnalytics;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What the coach can tell the person about themselves from their {@code user_analytics}: a streak that is their
 * longest, the obstacle that stops them most, the hour they do best, the streak to beat and how much of a day
 * they usually finish. Sentences come from the voice bundle's {@code insight.*} keys and do not depend on tone:
 * they are facts, and the voice around them carries the tone.
 */
public final class CoachInsights {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final CoachVoice voice;

    public CoachInsights(ResourceBundle words) {
        this.voice = new CoachVoice(words);
    }

    /** The insights worth saying, most telling first; empty when the analytics hold nothing to go on. */
    public List<String> about(UserAnalytics analytics) {
        List<String> insights = new ArrayList<>();
        if (analytics == null) {
            return insights;
        }
        StreakRecords streaks = analytics.streakRecords();
        int current = streaks == null ? 0 : streaks.currentStreak();
        int longest = streaks == null ? 0 : Math.max(streaks.longestStreak(), current);
        // A record being set right now is the most motivating thing to hear; a single day is not yet a record.
        if (current > 1 && current == longest) {
            insights.add(say("insight.streak.record", Map.of("streak", current)));
        }
        // What gets in the way most is the most useful thing to act on.
        topObstacle(analytics.commonObstacles()).ifPresent(top -> insights.add(say("insight.obstacle",
                Map.of("obstacle", top.getKey(), "count", top.getValue()))));
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

    /** The obstacle counted most often; on a tie the first in the document (the analytics order them by name). */
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
