package app.rune.service.goal;

import java.text.MessageFormat;
import java.time.Period;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The measurable outcome Rune proposes for each kind of goal, keeping what the person said (the language,
 * the distance, the amount), with what such a goal sensibly needs in time. Wordings come from the coach's
 * bundle so they can be translated.
 */
final class Outcomes {
    private final ResourceBundle words;

    Outcomes(ResourceBundle words) {
        this.words = words;
    }

    Outcome of(GoalKind kind, String wish, PlanningLimits limits) {
        String lower = GoalKindDetector.normalize(wish);
        return switch (kind) {
            case LANGUAGE -> language(wish, lower);
            case FITNESS -> fitness(lower);
            case READING -> reading(lower, limits);
            case WRITING -> writing(lower);
            case CODING -> outcome("CODING", Period.ofMonths(3), 56, weeks(8), 30,
                    GoalText.subject(kind, wish).map(s -> s + " ").orElse(""));
            case MUSIC -> outcome("MUSIC", Period.ofMonths(3), 42, weeks(6), 15,
                    GoalText.subject(kind, wish).orElse("your instrument"));
            case WEIGHT -> weight(wish);
            case SAVING -> saving(wish, lower);
            case STUDY -> outcome("STUDY", Period.ofMonths(3), 14, weeks(2), 30,
                    GoalText.subject(kind, wish).orElse("the exam"));
            case MEDITATION -> outcome("MEDITATION", Period.ofWeeks(6), 30, days(30), 10);
            case SLEEP -> outcome("SLEEP", Period.ofWeeks(6), 21, weeks(3), 5);
            case GENERAL -> outcome("GENERAL", Period.ofMonths(3), 14, weeks(2), 10,
                    TimeFrame.strip(GoalText.withoutOpening(wish)));
        };
    }

    private Outcome language(String wish, String lower) {
        String language = GoalText.subject(GoalKind.LANGUAGE, wish).orElse(format("outcome.LANGUAGE.any"));
        if (has(lower, "fluent|fluently|fluency|native|bilingual")) {
            return outcome("LANGUAGE.fluent", Period.ofMonths(12), 365, months(12), 30, language);
        }
        return outcome("LANGUAGE", Period.ofMonths(6), 84, weeks(12), 15, language);
    }

    private Outcome fitness(String lower) {
        if (has(lower, "half marathon|half-marathon|21 ?k|21\\.1")) {
            return outcome("FITNESS.half", Period.ofWeeks(14), 70, weeks(10), 30);
        }
        if (has(lower, "marathon|42 ?k|42\\.2")) {
            return outcome("FITNESS.marathon", Period.ofWeeks(20), 112, weeks(16), 45);
        }
        if (has(lower, "10 ?k|10 ?km|10 kilomet\\w*|ten k")) {
            return outcome("FITNESS.run", Period.ofWeeks(10), 56, weeks(8), 25, 10);
        }
        if (has(lower, "run|running|jog|jogging|5 ?k|5 ?km|couch to")) {
            return outcome("FITNESS.run", Period.ofWeeks(10), 42, weeks(6), 20, 5);
        }
        if (has(lower, "push-?ups?")) {
            return outcome("FITNESS.pushups", Period.ofWeeks(8), 28, weeks(4), 10);
        }
        return outcome("FITNESS", Period.ofWeeks(12), 28, weeks(4), 20);
    }

    /** A book takes about six hours; the daily minutes the person has decide how many fit before the date. */
    private Outcome reading(String lower, PlanningLimits limits) {
        int books = GoalText.number(lower, "books?").map(Double::intValue).orElse(12);
        int daysNeeded = (int) Math.ceil(books * 360.0 / Math.max(1, limits.dailyMinutes()));
        return outcome("READING", Period.ofMonths(12), Math.max(14, daysNeeded),
                days(Math.max(14, daysNeeded)), 15, books);
    }

    private Outcome writing(String lower) {
        if (has(lower, "novel|book|manuscript|memoir")) {
            return outcome("WRITING.novel", Period.ofMonths(9), 180, months(6), 30);
        }
        if (has(lower, "blog|posts?|articles?|newsletter")) {
            return outcome("WRITING.blog", Period.ofMonths(3), 28, weeks(4), 20);
        }
        return outcome("WRITING", Period.ofMonths(6), 42, weeks(6), 20);
    }

    /** About 1 kg (2 lb) a week at most is what health services advise; a proposal aims at half of that. */
    private Outcome weight(String wish) {
        double kg = GoalText.number(wish, "kg|kilos?|kilograms?").orElse(-1.0);
        double lb = GoalText.number(wish, "lbs?|pounds?").orElse(-1.0);
        if (lb > 0) {
            return outcome("WEIGHT", Period.ofWeeks((int) Math.ceil(lb)), (int) Math.ceil(lb / 2 * 7),
                    weeks((int) Math.ceil(lb / 2)), 20, GoalText.amount(wish, "lbs?|pounds?").orElse(lb + " lb"));
        }
        double amount = kg > 0 ? kg : 5;
        String text = kg > 0 ? GoalText.amount(wish, "kg|kilos?|kilograms?").orElse(kg + " kg") : "5 kg";
        return outcome("WEIGHT", Period.ofWeeks((int) Math.ceil(amount * 2)),
                (int) Math.ceil(amount * 7), weeks((int) Math.ceil(amount)), 20, text);
    }

    private Outcome saving(String wish, String lower) {
        String amount = GoalText.amount(wish, "dollars?|euros?|pounds?|usd|eur|gbp|k").orElse(null);
        if (has(lower, "debt|pay off|loan|credit card")) {
            return amount != null ? outcome("SAVING.debt", Period.ofMonths(12), 30, days(30), 5, amount)
                    : outcome("SAVING.debtAny", Period.ofMonths(12), 30, days(30), 5);
        }
        return outcome("SAVING", Period.ofMonths(12), 30, days(30), 5, amount != null ? amount : "1,000");
    }

    /**
     * The outcome under {@code outcome.<key>} and what reaching it looks like under {@code success.<key>}, both
     * filled with {@code arguments}.
     */
    private Outcome outcome(String key, Period usualHorizon, int minimumDays, String minimumText, int dailyMinutes,
            Object... arguments) {
        return new Outcome(format("outcome." + key, arguments), format("success." + key, arguments), usualHorizon,
                minimumDays, minimumText, dailyMinutes);
    }

    private String weeks(int n) {
        return format("duration.weeks", n);
    }

    private String months(int n) {
        return format("duration.months", n);
    }

    private String days(int n) {
        return format("duration.days", n);
    }

    private String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(words.getString(key), Locale.ENGLISH);
        return format.format(arguments);
    }

    private static boolean has(String lower, String alternatives) {
        return Pattern.compile("(?<![\\w.])(?:" + alternatives + ")(?![\\w])").matcher(lower).find();
    }
}
