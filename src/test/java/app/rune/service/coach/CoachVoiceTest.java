package app.rune.service.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.rune.model.Formality;
import app.rune.model.MotivationType;
import app.rune.model.RelationshipStage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoachVoiceTest {
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("app.rune.coach.voice");
    private static final Set<String> FACT_NAMES = Set.of("name", "goal", "task", "count", "streak", "obstacle",
            "milestone", "missing");
    /** Facts with values that cannot turn up by chance, so finding them in the text proves they were filled. */
    private static final Map<String, Object> FACTS = Map.of("name", "Sam", "goal", "Run 5 km by 1 March 2026",
            "task", "Stretch for 10 minutes", "count", 7, "streak", 12, "obstacle", "work_overtime",
            "milestone", "30 days in a row", "missing", 2);

    private final CoachVoice voice = new CoachVoice(WORDS);

    /** Every tone the coach can speak in for an intent: 9, or 27 for reminders, which vary by style too. */
    private static List<VoiceSettings> tones(CoachIntent intent, RelationshipStage stage) {
        List<ReminderStyle> styles = intent == CoachIntent.REMINDER ? List.of(ReminderStyle.values())
                : List.of(ReminderStyle.FRIENDLY);
        List<VoiceSettings> tones = new ArrayList<>();
        for (ReminderStyle style : styles) {
            for (Formality formality : Formality.values()) {
                for (MotivationType motivation : MotivationType.values()) {
                    tones.add(new VoiceSettings(formality, motivation, style, stage));
                }
            }
        }
        return tones;
    }

    /** The facts of intent's javadoc that are words, which every message must show when they are given. */
    private static List<String> shownFacts(CoachIntent intent, ReminderStyle style) {
        return switch (intent) {
            case GREETING -> List.of("Sam", "Run 5 km by 1 March 2026");
            case GOAL_REVIEW -> List.of("Run 5 km by 1 March 2026", "2");
            case TASK_PROPOSAL -> List.of("Run 5 km by 1 March 2026", "7");
            case DAY_COMPLETE -> List.of("12");
            case STREAK_BROKEN -> List.of("12");
            case RECURRING_OBSTACLE -> List.of("Stretch for 10 minutes", "work overtime", "7");
            case REMINDER -> style == ReminderStyle.DETAILED ? List.of("7", "Stretch for 10 minutes") : List.of("7");
            case MILESTONE -> List.of("30 days in a row");
        };
    }

    private static void assertClean(String text, String what) {
        assertThat(text).as(what).isNotBlank()
                .doesNotContain("{", "}", "[", "]", "|", "#", "  ", " ,", " .", " !", " ?", ",,", "..", ",.", ". .")
                .doesNotContain("\u201c\u201d")
                .matches("[A-Z0-9\u201c].*[.!?]");
    }

    @ParameterizedTest
    @EnumSource(CoachIntent.class)
    void everyToneAtEveryStageSaysSomethingWithTheFactsFilledIn(CoachIntent intent) {
        for (RelationshipStage stage : RelationshipStage.values()) {
            for (VoiceSettings tone : tones(intent, stage)) {
                String text = voice.say(intent, tone, FACTS);

                assertClean(text, tone + " " + text);
                assertThat(text).as(tone.toString()).contains(shownFacts(intent, tone.reminderStyle()));
            }
        }
    }

    /**
     * A streak is found ended when the person is back (the figures catch up as Rune opens) or a new day begins:
     * either way today is theirs to start again, and "tomorrow" would put off a day they have.
     */
    @org.junit.jupiter.api.Test
    void anEndedStreakPointsToTodayNotTomorrow() {
        for (RelationshipStage stage : RelationshipStage.values()) {
            for (VoiceSettings tone : tones(CoachIntent.STREAK_BROKEN, stage)) {
                assertThat(voice.say(CoachIntent.STREAK_BROKEN, tone, FACTS)).as(tone.toString())
                        .doesNotContainIgnoringCase("tomorrow");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CoachIntent.class)
    void everyToneReadsDifferently(CoachIntent intent) {
        for (RelationshipStage stage : RelationshipStage.values()) {
            List<VoiceSettings> tones = tones(intent, stage);
            Set<String> texts = new HashSet<>();
            tones.forEach(tone -> texts.add(voice.say(intent, tone, FACTS)));

            assertThat(texts).as(intent + " at " + stage).hasSize(tones.size());
        }
    }

    @ParameterizedTest
    @EnumSource(CoachIntent.class)
    void aNewAcquaintanceHearsOtherWordsThanACloseOne(CoachIntent intent) {
        for (VoiceSettings tone : tones(intent, RelationshipStage.NEW)) {
            VoiceSettings close = new VoiceSettings(tone.formality(), tone.motivation(), tone.reminderStyle(),
                    RelationshipStage.CLOSE);

            assertThat(voice.say(intent, tone, FACTS)).as(tone.toString())
                    .isNotEqualTo(voice.say(intent, close, FACTS));
        }
    }

    @Test
    void theNewStageExplainsAndTheCloseStageIsWarm() {
        VoiceSettings newcomer = new VoiceSettings(Formality.FRIENDLY, MotivationType.ENCOURAGING,
                ReminderStyle.FRIENDLY, RelationshipStage.NEW);
        VoiceSettings friend = new VoiceSettings(Formality.FRIENDLY, MotivationType.ENCOURAGING,
                ReminderStyle.FRIENDLY, RelationshipStage.CLOSE);
        VoiceSettings plain = new VoiceSettings(Formality.FRIENDLY, MotivationType.ENCOURAGING,
                ReminderStyle.FRIENDLY, RelationshipStage.ESTABLISHED);

        String plainGreeting = voice.say(CoachIntent.GREETING, plain, FACTS);
        assertThat(voice.say(CoachIntent.GREETING, newcomer, FACTS)).startsWith(plainGreeting).contains("small tasks");
        assertThat(voice.say(CoachIntent.GREETING, friend, FACTS)).startsWith(plainGreeting).contains("always");
        assertThat(voice.say(CoachIntent.REMINDER, newcomer, FACTS)).contains("Settings");
    }

    @ParameterizedTest
    @EnumSource(CoachIntent.class)
    void missingFactsStillGiveCleanText(CoachIntent intent) {
        for (RelationshipStage stage : RelationshipStage.values()) {
            for (VoiceSettings tone : tones(intent, stage)) {
                String none = voice.say(intent, tone, Map.of());
                Map<String, Object> blank = new HashMap<>();
                FACTS.keySet().forEach(name -> blank.put(name, " "));

                assertClean(none, tone + " without facts: " + none);
                assertThat(voice.say(intent, tone, blank)).as("blank facts read as missing").isEqualTo(none);
                assertThat(voice.say(intent, tone, null)).isEqualTo(none);
                for (String left : FACTS.keySet()) {
                    Map<String, Object> allBut = new HashMap<>(FACTS);
                    allBut.remove(left);
                    String text = voice.say(intent, tone, allBut);
                    assertClean(text, tone + " without " + left + ": " + text);
                }
            }
        }
    }

    @Test
    void aGreetingWithoutAGoalStillGreetsByName() {
        VoiceSettings formalFirm = new VoiceSettings(Formality.FORMAL, MotivationType.FIRM, null,
                RelationshipStage.BUILDING);

        assertThat(voice.say(CoachIntent.GREETING, formalFirm, Map.of("name", "Sam")))
                .isEqualTo("Welcome back, Sam. Let us begin with today's work.");
        assertThat(voice.say(CoachIntent.GREETING, formalFirm, Map.of()))
                .isEqualTo("Welcome back. Let us begin with today's work.");
    }

    @Test
    void aRecurringObstacleNamesTheTasksGoalWhenToldIt() {
        VoiceSettings tone = new VoiceSettings(Formality.FORMAL, MotivationType.FIRM, ReminderStyle.BRIEF,
                RelationshipStage.BUILDING);

        assertThat(voice.say(CoachIntent.RECURRING_OBSTACLE, tone, Map.of("task", "Jog", "obstacle", "rain",
                "count", 2, "goal", "Run a half marathon")))
                .startsWith("\u201cJog\u201d for \u201cRun a half marathon\u201d has been stopped by \u201crain\u201d");
        assertThat(voice.say(CoachIntent.RECURRING_OBSTACLE, tone, Map.of("task", "Jog", "obstacle", "rain",
                "count", 2))).startsWith("\u201cJog\u201d has been stopped by");
    }

    @Test
    void countsAgreeWithTheirWords() {
        VoiceSettings tone = new VoiceSettings(Formality.FORMAL, MotivationType.FIRM, ReminderStyle.BRIEF,
                RelationshipStage.BUILDING);

        assertThat(voice.say(CoachIntent.REMINDER, tone, Map.of("count", 1)))
                .isEqualTo("Reminder: 1 task still to complete today.");
        assertThat(voice.say(CoachIntent.REMINDER, tone, Map.of("count", 3)))
                .isEqualTo("Reminder: 3 tasks still to complete today.");
        assertThat(voice.say(CoachIntent.REMINDER, tone, Map.of("count", "3")))
                .isEqualTo("Reminder: 3 tasks still to complete today.");
        assertThat(voice.say(CoachIntent.REMINDER, tone, Map.of()))
                .isEqualTo("Reminder: a few tasks still to complete today.");
        assertThat(voice.say(CoachIntent.RECURRING_OBSTACLE, tone, Map.of("task", "Run", "obstacle", "rain",
                "count", 1))).contains("once this week");
        assertThat(voice.say(CoachIntent.STREAK_BROKEN, tone, Map.of("streak", 1))).startsWith("Your one-day streak");
    }

    @Test
    void aGoalThatMeetsEveryCriterionIsSaidToDoSo() {
        VoiceSettings tone = new VoiceSettings(Formality.CASUAL, MotivationType.ENCOURAGING, null,
                RelationshipStage.ESTABLISHED);
        Map<String, Object> facts = Map.of("goal", "Read 12 books by 31 December 2025");

        assertThat(voice.say(CoachIntent.GOAL_REVIEW, tone, with(facts, "missing", 0)))
                .isEqualTo("How about \u201cRead 12 books by 31 December 2025\u201d? It ticks every box already!");
        assertThat(voice.say(CoachIntent.GOAL_REVIEW, tone, with(facts, "missing", 1)))
                .endsWith("Just one thing to tighten up and you're set.");
        assertThat(voice.say(CoachIntent.GOAL_REVIEW, tone, with(facts, "missing", 3)))
                .endsWith("3 things to tighten up, and this version sorts them out.");
    }

    @Test
    void numbersAreShownPlainly() {
        VoiceSettings tone = new VoiceSettings(Formality.CASUAL, MotivationType.FIRM, ReminderStyle.BRIEF,
                RelationshipStage.BUILDING);

        // Grouped as the screens' {0,number,integer} groups it, so the coach and the header agree.
        String thousand = java.text.MessageFormat.format("{0,number,integer}", 1000L);
        assertThat(voice.say(CoachIntent.REMINDER, tone, Map.of("count", 1000L))).isEqualTo(thousand + " left today. Go.");
        assertThat(voice.say(CoachIntent.REMINDER, tone, Map.of("count", 999L))).isEqualTo("999 left today. Go.");
        assertThat(voice.say(CoachIntent.REMINDER, tone, Map.of("count", 2.0))).isEqualTo("2 left today. Go.");
    }

    @Test
    void absentSettingsReadAsTheDefaults() {
        String byDefault = voice.say(CoachIntent.REMINDER, VoiceSettings.DEFAULT, FACTS);

        assertThat(voice.say(CoachIntent.REMINDER, null, FACTS)).isEqualTo(byDefault);
        assertThat(voice.say(CoachIntent.REMINDER, new VoiceSettings(null, null, null, null), FACTS))
                .isEqualTo(byDefault);
        assertThat(voice.say(CoachIntent.REMINDER, new VoiceSettings(Formality.FORMAL, null, null, null), FACTS))
                .isEqualTo(voice.say(CoachIntent.REMINDER, new VoiceSettings(Formality.FORMAL,
                        VoiceSettings.DEFAULT.motivation(), VoiceSettings.DEFAULT.reminderStyle(),
                        VoiceSettings.DEFAULT.stage()), FACTS));
    }

    @Test
    void aToneMissingFromTheBundleFallsBackToTheDefaultTone() {
        ResourceBundle sparse = new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return key.equals("GREETING.friendly.encouraging") ? "Hi[ {name}]!" : null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(List.of("GREETING.friendly.encouraging"));
            }
        };
        VoiceSettings formalFirm = new VoiceSettings(Formality.FORMAL, MotivationType.FIRM, null, null);

        assertThat(new CoachVoice(sparse).say(CoachIntent.GREETING, formalFirm, FACTS)).isEqualTo("Hi Sam!");
    }

    @Test
    void everyMessageKeyExistsForItsOwnTone() {
        for (CoachIntent intent : CoachIntent.values()) {
            for (VoiceSettings tone : tones(intent, RelationshipStage.NEW)) {
                String key = messageKey(intent, tone);
                assertThat(WORDS.containsKey(key)).as(key).isTrue();
            }
        }
    }

    @Test
    void everyKeyInTheBundleIsOneTheCoachUses() {
        Set<String> used = new HashSet<>();
        for (CoachIntent intent : CoachIntent.values()) {
            for (VoiceSettings tone : tones(intent, RelationshipStage.NEW)) {
                used.add(messageKey(intent, tone));
                String base = intent == CoachIntent.REMINDER
                        ? "REMINDER." + tone.reminderStyle().code() : intent.name();
                for (RelationshipStage stage : RelationshipStage.values()) {
                    String stageKey = base + ".stage." + stage.name().toLowerCase();
                    used.add(stageKey);
                    used.add(stageKey + "." + tone.formality().name().toLowerCase());
                }
            }
        }
        FACT_NAMES.forEach(name -> used.add("absent." + name));

        assertThat(WORDS.keySet()).allMatch(key -> used.contains(key) || key.startsWith("insight."),
                "is a key the coach looks up");
    }

    @Test
    void placeholdersNameOnlyKnownFacts() throws IOException {
        String properties;
        try (InputStream in = CoachVoice.class.getResourceAsStream("/app/rune/coach/voice.properties")) {
            properties = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Set<String> insightFacts = Set.of("streak", "longest", "togo", "time", "obstacle", "count", "percent");
        Matcher placeholder = Pattern.compile("^([^#=\\s][^=]*)=.*$", Pattern.MULTILINE).matcher(properties);
        Pattern name = Pattern.compile("\\{(\\w+)");
        while (placeholder.find()) {
            String key = placeholder.group(1);
            Matcher names = name.matcher(WORDS.getString(key));
            while (names.find()) {
                assertThat(key.startsWith("insight.") ? insightFacts : FACT_NAMES).as(key).contains(names.group(1));
            }
        }
    }

    @Test
    void oddFactsNeverThrow() {
        Map<String, Object> odd = new HashMap<>();
        odd.put("name", "{name}");
        odd.put("count", "many");
        odd.put("streak", -1);
        odd.put("goal", "[brackets] and | bars");
        odd.put("missing", Double.NaN);
        odd.put("task", null);
        for (CoachIntent intent : CoachIntent.values()) {
            for (VoiceSettings tone : tones(intent, RelationshipStage.CLOSE)) {
                assertThatCode(() -> voice.say(intent, tone, odd)).doesNotThrowAnyException();
            }
        }
    }

    private static String messageKey(CoachIntent intent, VoiceSettings tone) {
        String base = intent == CoachIntent.REMINDER ? "REMINDER." + tone.reminderStyle().code() : intent.name();
        return base + "." + tone.formality().name().toLowerCase() + "." + tone.motivation().name().toLowerCase();
    }

    private static Map<String, Object> with(Map<String, Object> facts, String name, Object value) {
        Map<String, Object> more = new HashMap<>(facts);
        more.put(name, value);
        return more;
    }
}
