package app.rune.service.transfer.loop;

import app.rune.model.TargetKind;
import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.PlanRules;
import app.rune.model.validation.StoredText;
import app.rune.service.transfer.InvalidImportException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks a habit and a day's value pass, whichever of Loop's files they come from: the first value Loop would
 * not write refuses the file, with where it is.
 */
final class LoopHabits {
    /** A frequency's parts at most: Loop offers up to "every 365 days"; more is not a schedule. */
    private static final long LARGEST_FREQUENCY_PART = 10_000;

    private LoopHabits() {
    }

    static LoopHabit checked(String source, String where, long key, String name, String question,
            String description, Long archived, Long numerator, Long denominator, Long type, BigDecimal target,
            Long targetType, String unit) throws InvalidImportException {
        checkText(source, where, "name", name);
        checkText(source, where, "question", question);
        checkText(source, where, "description", description);
        if (archived != null && archived != 0 && archived != 1) {
            throw LoopText.refused(source, where, "archived is " + archived + "; Loop writes 0 or 1");
        }
        if (numerator == null || denominator == null || numerator < 1 || denominator < 1
                || numerator > LARGEST_FREQUENCY_PART || denominator > LARGEST_FREQUENCY_PART) {
            throw LoopText.refused(source, where, "has the frequency " + numerator + "/" + denominator
                    + ", which is not one Loop writes (such as 1/1 or 3/7)");
        }
        if (type != null && type != 0 && type != 1) {
            throw LoopText.refused(source, where, "type is " + type + "; Loop writes 0 (yes/no) or 1 (numerical)");
        }
        boolean numerical = type != null && type == 1;
        BigDecimal aim = null;
        TargetKind kind = null;
        String cleanUnit = null;
        if (numerical) {
            if (targetType != null && targetType != 0 && targetType != 1) {
                throw LoopText.refused(source, where, "target type is " + targetType
                        + "; Loop writes 0 (at least) or 1 (at most)");
            }
            aim = target == null ? BigDecimal.ZERO : target;
            Optional<String> problem = DocumentValidator.amountProblem(aim);
            if (problem.isPresent()) {
                throw LoopText.refused(source, where, "target " + problem.get());
            }
            kind = targetType != null && targetType == 1 ? TargetKind.AT_MOST : TargetKind.AT_LEAST;
            if (aim.signum() == 0 && kind == TargetKind.AT_LEAST) {
                throw LoopText.refused(source, where, "has the target \"at least 0\", which any day meets; give it"
                        + " a target in Loop and export again");
            }
            cleanUnit = LoopText.clean(unit);
            if (cleanUnit != null && cleanUnit.codePointCount(0, cleanUnit.length()) > PlanRules.UNIT_LENGTH) {
                throw LoopText.refused(source, where, "unit is longer than " + PlanRules.UNIT_LENGTH
                        + " characters, which Rune keeps at most");
            }
            checkText(source, where, "unit", cleanUnit);
        }
        return new LoopHabit(key, name, LoopText.clean(question), LoopText.clean(description),
                archived != null && archived == 1, numerator.intValue(), denominator.intValue(), numerical, aim, kind,
                cleanUnit);
    }

    /**
     * A backup's value for {@code habit} on {@code day}: a yes/no code, or a numerical habit's amount in thousandths
     * (-1 is unknown). Empty when nothing is worth keeping (unknown, without a note).
     */
    static Optional<LoopMark> mark(String source, String where, LoopHabit habit, LocalDate day, long value,
            String notes) throws InvalidImportException {
        if (habit.numerical() && value != -1) {
            if (value < 0) {
                throw LoopText.refused(source, where, "has the amount " + value + ", below 0");
            }
            return amount(source, where, habit, day, BigDecimal.valueOf(value, 3), notes);
        }
        LoopValue kind = LoopValue.ofCode(value).orElseThrow(() -> LoopText.refused(source, where, "has the value "
                + value + ", which Loop does not write (2 yes, 1 filled in by Loop, 0 no, 3 skipped, -1 unknown)"));
        return kept(source, where, new LoopMark(habit, day, kind, null, notes));
    }

    /** A numerical habit's amount on {@code day}, in its unit. */
    static Optional<LoopMark> amount(String source, String where, LoopHabit habit, LocalDate day, BigDecimal amount,
            String notes) throws InvalidImportException {
        BigDecimal plain = amount.stripTrailingZeros();
        Optional<String> problem = DocumentValidator.amountProblem(plain);
        if (problem.isPresent()) {
            throw LoopText.refused(source, where, "amount " + problem.get());
        }
        return kept(source, where, new LoopMark(habit, day, LoopValue.YES_MANUAL, plain, notes));
    }

    /** A yes/no value (or an unknown day of a numerical habit). */
    static Optional<LoopMark> value(String source, String where, LoopHabit habit, LocalDate day, LoopValue value,
            String notes) throws InvalidImportException {
        return kept(source, where, new LoopMark(habit, day, value, null, notes));
    }

    private static Optional<LoopMark> kept(String source, String where, LoopMark mark) throws InvalidImportException {
        checkText(source, where, "note", mark.notes());
        if (mark.value() == LoopValue.UNKNOWN && !mark.hasNote()) {
            return Optional.empty();
        }
        return Optional.of(mark);
    }

    private static void checkText(String source, String where, String what, String text)
            throws InvalidImportException {
        Optional<String> problem = StoredText.valueProblem(text);
        if (problem.isPresent()) {
            throw LoopText.refused(source, where, what + " " + problem.get());
        }
    }
}
