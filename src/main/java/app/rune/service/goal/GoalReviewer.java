package app.rune.service.goal;

import app.rune.service.DateStyle;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The coach's offline review of a goal: is it specific, measurable, time-bound and realistic for the time the
 * person has? It answers with findings in plain words, and a proposed wording, date and description of what
 * success looks like, to edit and accept.
 *
 * <p>"I want to learn Spanish" counts as specific: it names what the person is after. It is neither measurable
 * nor time-bound, and the proposal turns it into an outcome one can check ("hold a 10-minute conversation")
 * with a date. Vague phrases ("get better at", "more", "get fit") and goals of a word or two are not specific.
 */
public final class GoalReviewer {
    private final ResourceBundle words;
    private final Outcomes outcomes;
    private final DateStyle dates;

    /** Writing dates as the person's computer does. */
    public GoalReviewer(ResourceBundle words) {
        this(words, DateStyle.ofDefaultLocale());
    }

    /** @param dates how the proposal and the findings write a date, and how a date the coach wrote is read back */
    public GoalReviewer(ResourceBundle words, DateStyle dates) {
        this.words = words;
        this.outcomes = new Outcomes(words);
        this.dates = dates;
    }

    /** The kind of goal a wording describes, for proposing its tasks. */
    public static GoalKind kindOf(String text) {
        return GoalKindDetector.kindOf(text);
    }

    /**
     * @param targetDate a date the person already picked, or null
     * @param today the person's own date
     */
    public GoalReview review(String wish, LocalDate targetDate, PlanningLimits limits, LocalDate today) {
        String text = wish == null ? "" : wish.strip();
        GoalKind kind = GoalKindDetector.kindOf(text);
        Outcome outcome = outcomes.of(kind, text, limits);
        // A date in the form the coach writes them first ("… by June 3, 2027" read again when the goal is refined).
        Optional<LocalDate> stated = Optional.ofNullable(targetDate)
                .or(() -> dates.find(text).map(DateStyle.Found::date))
                .or(() -> TimeFrame.find(text, today));
        LocalDate earliest = today.plusDays(Math.max(1, outcome.minimumDays()));
        boolean inThePast = stated.isPresent() && !stated.get().isAfter(today);
        boolean tooSoon = stated.isPresent() && !inThePast && stated.get().isBefore(earliest);
        LocalDate proposedDate = stated.filter(d -> !inThePast && !tooSoon)
                .orElseGet(() -> later(today.plus(outcome.usualHorizon()), earliest));
        if (tooSoon) {
            proposedDate = earliest;
        }

        List<Finding> findings = new ArrayList<>();
        findings.add(specific(kind, text));
        boolean measurable = GoalText.hasMeasure(text);
        findings.add(measurable ? finding(Criterion.MEASURABLE, true, "measurable.met")
                : kind == GoalKind.GENERAL ? finding(Criterion.MEASURABLE, false, "measurable.missingGeneral")
                : finding(Criterion.MEASURABLE, false, "measurable.missing", outcome.wording()));
        findings.add(stated.isEmpty() ? finding(Criterion.TIME_BOUND, false, "time.missing")
                : inThePast ? finding(Criterion.TIME_BOUND, false, "time.past", dates.format(stated.get()))
                : finding(Criterion.TIME_BOUND, true, "time.met", dates.format(stated.get())));
        findings.add(realistic(outcome, limits, stated.orElse(null), tooSoon, proposedDate));

        // Their own words when they already name a measurable result (and for goals Rune knows nothing about).
        boolean keepWording = findings.get(0).met() && measurable || kind == GoalKind.GENERAL;
        String wording = keepWording
                ? format("proposal.dated", TimeFrame.strip(withoutDate(GoalText.withoutOpening(text))),
                        dates.format(proposedDate))
                : format("proposal.dated", GoalText.capitalize(outcome.wording()), dates.format(proposedDate));
        return new GoalReview(text, kind, findings, wording, outcome.success(), proposedDate);
    }

    private Finding specific(GoalKind kind, String text) {
        Optional<String> vague = GoalText.vaguePhrase(text);
        if (vague.isPresent()) {
            return finding(Criterion.SPECIFIC, false, "specific.vague", vague.get());
        }
        int minimumWords = kind == GoalKind.GENERAL ? 3 : 2;
        if (GoalText.meaningfulWords(text) < minimumWords) {
            return finding(Criterion.SPECIFIC, false, "specific.short");
        }
        return finding(Criterion.SPECIFIC, true, "specific.met");
    }

    private Finding realistic(Outcome outcome, PlanningLimits limits, LocalDate stated, boolean tooSoon,
            LocalDate proposedDate) {
        if (outcome.dailyMinutes() > limits.dailyMinutes()) {
            return finding(Criterion.REALISTIC, false, "realistic.tooLittleTime", outcome.dailyMinutes(),
                    limits.dailyMinutes());
        }
        if (tooSoon) {
            return finding(Criterion.REALISTIC, false, "realistic.tooSoon", dates.format(stated),
                    outcome.minimumText(), dates.format(proposedDate));
        }
        return finding(Criterion.REALISTIC, true, "realistic.met", limits.dailyMinutes());
    }

    /** The text without a date written in the coach's form; {@link TimeFrame#strip} tidies what is left. */
    private String withoutDate(String text) {
        return dates.find(text).map(found -> text.substring(0, found.start()) + text.substring(found.end()))
                .orElse(text);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private Finding finding(Criterion criterion, boolean met, String key, Object... arguments) {
        List<String> texts = new ArrayList<>();
        for (Object argument : arguments) {
            texts.add(String.valueOf(argument));
        }
        return new Finding(criterion, met, key, texts);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), Locale.ENGLISH).format(arguments);
    }
}
