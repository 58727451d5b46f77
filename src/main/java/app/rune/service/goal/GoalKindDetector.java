package app.rune.service.goal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells what kind of goal a text is about from the words people use for it. The kinds are tried in a fixed
 * order, most telling first: "learn to code" is coding, not a language; "study for my Spanish exam" is study.
 */
public final class GoalKindDetector {
    static final String LANGUAGES = "spanish|french|german|italian|portuguese|japanese|chinese|mandarin|cantonese"
            + "|korean|russian|arabic|hindi|dutch|swedish|norwegian|danish|finnish|polish|greek|turkish|hebrew"
            + "|vietnamese|thai|indonesian|swahili|czech|hungarian|romanian|ukrainian|english|latin|esperanto"
            + "|irish|welsh|catalan|tagalog|persian|farsi|urdu|bengali";
    static final String INSTRUMENTS = "guitar|piano|violin|cello|drums|ukulele|bass|flute|saxophone|sax|trumpet"
            + "|clarinet|harp|keyboard|banjo|mandolin|accordion|harmonica|trombone|viola";
    // "go" and "react" are left out on purpose: "go running", "react calmly".
    static final String PROGRAMMING = "python|java|javascript|typescript|kotlin|swift|rust|golang|c\\+\\+|c#"
            + "|ruby|php|sql|html|css|reactjs|react\\.js|scala|haskell|elixir";

    private static final Map<GoalKind, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put(GoalKind.STUDY, words("exams?|tests?|finals|midterms?|gre|gmat|sat|act|ielts|toefl|lsat|mcat|bar exam"
                + "|certifications?|certificate|certified|degree|thesis|dissertation|coursework|revise|revision"
                + "|study(?:ing)?|grades?|gpa|semester"));
        PATTERNS.put(GoalKind.CODING, words("code|coding|programming|programmer|developer|software|app|apps|website"
                + "|web ?site|leetcode|algorithms?|" + PROGRAMMING));
        PATTERNS.put(GoalKind.MUSIC, words(INSTRUMENTS + "|sing|singing|music|musical|instrument|songs?|chords?|scales"));
        PATTERNS.put(GoalKind.LANGUAGE, words(LANGUAGES + "|language|languages|fluent|fluency|conversational|bilingual"
                + "|vocabulary|duolingo|grammar"));
        PATTERNS.put(GoalKind.WEIGHT, words("lose weight|weight|kg|kilos?|pounds|lbs?|slim(?: down)?|fat|bmi"
                + "|body fat|diet|overweight"));
        PATTERNS.put(GoalKind.SAVING, words("save|saving|savings|money|budget|budgeting|debt|debts|loan|mortgage"
                + "|deposit|emergency fund|invest|investing|credit card|pay off|spend less|spending"));
        PATTERNS.put(GoalKind.MEDITATION, words("meditat\\w*|mindful\\w*|breath\\w*|calm|calmer|yoga nidra"));
        PATTERNS.put(GoalKind.SLEEP, words("sleep\\w*|bed|bedtime|insomnia|wake up|waking up|well rested|nap|naps"));
        PATTERNS.put(GoalKind.FITNESS, words("run|runs|running|runner|jog|jogging|marathon|half marathon|5 ?k|10 ?k"
                + "|couch to 5k|fit|fitness|exercise|exercising|workout|work out|gym|stronger|strength|push-?ups?"
                + "|pull-?ups?|squats?|swim|swimming|cycle|cycling|bike|hike|hiking|steps a day|daily steps"
                + "|\\d[\\d,.]* ?k? steps|walk|walking|cardio"
                + "|stamina|muscle|athletic|training|train|sport|sports|yoga|pilates|triathlon"));
        PATTERNS.put(GoalKind.READING, words("read|reading|books?|novels?|pages|chapters|library|audiobooks?"));
        PATTERNS.put(GoalKind.WRITING, words("write|writing|writer|novel|blog|blogging|posts?|journal|journaling"
                + "|essay|essays|poems?|poetry|story|stories|screenplay|memoir|manuscript|draft|words a day"));
    }

    private GoalKindDetector() {
    }

    /** The kind of goal {@code text} describes; {@link GoalKind#GENERAL} when no kind fits. */
    public static GoalKind kindOf(String text) {
        String lower = normalize(text);
        // Reading and writing share "novel": whoever reads a novel reads, whoever finishes one writes.
        if (PATTERNS.get(GoalKind.WRITING).matcher(lower).find()
                && Pattern.compile("\\b(write|writing|finish my|draft|publish|my novel|my book)\\b").matcher(lower).find()) {
            return GoalKind.WRITING;
        }
        for (Map.Entry<GoalKind, Pattern> kind : PATTERNS.entrySet()) {
            if (kind.getValue().matcher(lower).find()) {
                return kind.getKey();
            }
        }
        return GoalKind.GENERAL;
    }

    static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\w+#])(?:" + alternatives + ")(?![\\w+#])");
    }
}
