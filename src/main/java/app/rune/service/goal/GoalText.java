package app.rune.service.goal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a goal the reviewer cares about: whether it names a measure or an observable result,
 * whether it is vague, and its subject (the language, the instrument, the exam) to keep in the proposal.
 */
final class GoalText {
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|half|double)\\b");
    private static final Pattern UNIT = Pattern.compile("\\b(km|kilomet(?:er|re)s?|miles?|metres?|meters?|pages?"
            + "|books?|words?|chapters?|kg|kilos?|lbs?|pounds?|minutes?|mins?|hours?|hrs?|percent|songs?|lessons?"
            + "|posts?|articles?|sessions?|times|reps|push-?ups?|pull-?ups?|steps)\\b|[%$\u20ac\u00a3\u00a5]");
    private static final Pattern OBSERVABLE = Pattern.compile("\\b(pass|passed|finish|complete|completed|publish"
            + "|published|launch|release|ship|run an? (?:marathon|half marathon)|hold an? (?:\\w+ )?conversation"
            + "|without stopping|in a row|every day|each day|daily|every night|each night|every morning"
            + "|times a week|per week|a week|per day|a day|every week|each week|every month|certified"
            + "|get (?:a|the) (?:job|certificate)"
            + "|pay off|debt[- ]free|by heart|from memory)\\b");
    private static final Pattern VAGUE = Pattern.compile("\\b(better|improve|improving|more|less|healthier|somehow"
            + "|some|stuff|things|work on|try to|try and|get into|be good at|get good at|be happier|level up"
            + "|sort out|figure out|get my life|be productive|more productive|in general|someday|one day|get fit"
            + "|in shape|get healthy|be healthy|lose some|a bit|a little)\\b");
    private static final Pattern WISH_OPENING = Pattern.compile("^(?:i\\s+(?:really\\s+)?(?:want|wanna|would like"
            + "|'d like|need|hope|wish|plan|intend|am going|'m going|will)\\s+(?:to\\s+)?|my goal is (?:to\\s+)?"
            + "|i'd love to\\s+|to\\s+)", Pattern.CASE_INSENSITIVE);

    private GoalText() {
    }

    static boolean hasMeasure(String text) {
        String lower = GoalKindDetector.normalize(text);
        // A unit alone ("read more books") measures nothing; it takes a number or an observable result.
        return NUMBER.matcher(lower).find() || OBSERVABLE.matcher(lower).find();
    }

    /** The first vague phrase in the text, if any ("get better at", "more", "improve"). */
    static Optional<String> vaguePhrase(String text) {
        Matcher m = VAGUE.matcher(GoalKindDetector.normalize(text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Words that carry meaning: a goal of one or two words ("fitness", "be happy") names no outcome yet. */
    static int meaningfulWords(String text) {
        String cleaned = GoalKindDetector.normalize(withoutOpening(text)).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        return cleaned.isEmpty() ? 0 : cleaned.split("\\s+").length;
    }

    /** The wish without "I want to", first letter capitalised, no trailing full stop. */
    static String withoutOpening(String text) {
        String stripped = text == null ? "" : text.strip();
        String rest = WISH_OPENING.matcher(stripped).replaceFirst("").strip();
        rest = rest.replaceAll("[.!\\s]+$", "");
        if (rest.isEmpty()) {
            return stripped;
        }
        return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
    }

    /** The language, instrument, programming language or exam the goal is about, written as people write it. */
    static Optional<String> subject(GoalKind kind, String text) {
        String lower = GoalKindDetector.normalize(text);
        return switch (kind) {
            case LANGUAGE -> first(lower, GoalKindDetector.LANGUAGES).map(GoalText::capitalize);
            case MUSIC -> first(lower, GoalKindDetector.INSTRUMENTS + "|voice").map(i -> i.equals("sax") ? "saxophone" : i);
            case CODING -> first(lower, GoalKindDetector.PROGRAMMING).map(GoalText::programmingName);
            case STUDY -> exam(text);
            default -> Optional.empty();
        };
    }

    /** A number with its unit from the text, e.g. "10 kg", "20 pounds", "\u00a35,000", "12 books". */
    static Optional<String> amount(String text, String units) {
        Matcher m = Pattern.compile("([$\u20ac\u00a3\u00a5]\\s?\\d[\\d,.]*\\s?k?|\\d[\\d,.]*\\s?(?:" + units + ")\\b)",
                Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static Optional<Double> number(String text, String units) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(?:" + units + ")\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    private static Optional<String> exam(String text) {
        Matcher named = Pattern.compile("\\b(GRE|GMAT|SAT|ACT|IELTS|TOEFL|LSAT|MCAT|CFA|CPA|PMP|AWS\\b[\\w ]*?)\\b")
                .matcher(text);
        if (named.find()) {
            return Optional.of("the " + named.group(1).strip());
        }
        Matcher m = Pattern.compile("\\b(?:pass|ace|take|sit)\\s+(?:my|the|a|an)?\\s*([\\w' -]{2,40}?\\s(?:exam|test"
                + "|exams|finals|certification))\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? Optional.of("the " + m.group(1).strip()) : Optional.empty();
    }

    private static Optional<String> first(String lower, String alternatives) {
        Matcher m = Pattern.compile("(?<![\\w+#])(" + alternatives + ")(?![\\w+#])").matcher(lower);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String programmingName(String name) {
        return switch (name) {
            case "javascript" -> "JavaScript";
            case "typescript" -> "TypeScript";
            case "golang" -> "Go";
            case "php", "sql", "html", "css" -> name.toUpperCase(Locale.ROOT);
            case "c++", "c#" -> name.toUpperCase(Locale.ROOT);
            case "reactjs", "react.js" -> "React";
            default -> capitalize(name);
        };
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
