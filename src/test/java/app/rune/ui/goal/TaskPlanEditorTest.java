package app.rune.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.TargetKind;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The task plan editor's state and words, without the FX toolkit. */
class TaskPlanEditorTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("app.rune.ui.messages");
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aPlanOpensAsItIsAndComesBackUnchanged() {
        TaskSchedule gym = TaskSchedule.onDays(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        TaskTarget cups = new TaskTarget(new BigDecimal("2"), "cups", TargetKind.AT_MOST);

        TaskPlanEditor editor = new TaskPlanEditor(gym, cups, TEXT);

        assertThat(editor.kindProperty().get()).isEqualTo(TaskPlanEditor.Kind.WEEKDAYS);
        assertThat(editor.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(editor.problemProperty().get()).isEmpty();
        assertThat(editor.schedule()).isEqualTo(gym);
        assertThat(editor.target()).isEqualTo(cups);
    }

    @Test
    void anEveryDayYesNoTaskStaysWithoutAPlan() {
        TaskPlanEditor editor = new TaskPlanEditor(null, null, TEXT);

        assertThat(editor.schedule()).isNull();
        assertThat(editor.target()).isNull();
    }

    @Test
    void whatCannotBeKeptIsSaid() {
        TaskPlanEditor editor = new TaskPlanEditor(null, null, TEXT);

        editor.kindProperty().set(TaskPlanEditor.Kind.WEEKDAYS);
        assertThat(editor.problemProperty().get()).isEqualTo("Pick at least one day.");
        editor.kindProperty().set(TaskPlanEditor.Kind.TIMES_A_WEEK);
        editor.timesProperty().set(8);
        assertThat(editor.problemProperty().get()).isEqualTo("Times go from 1 to 7.");
        editor.kindProperty().set(TaskPlanEditor.Kind.TIMES_A_MONTH);
        assertThat(editor.problemProperty().get()).isEmpty();
        assertThat(editor.schedule()).isEqualTo(TaskSchedule.timesAMonth(8));

        editor.measuredProperty().set(true);
        editor.amountProperty().set("0");
        assertThat(editor.problemProperty().get()).startsWith("The amount is a number above 0");
        editor.amountProperty().set("12,5");
        editor.unitProperty().set(" km ");
        assertThat(editor.problemProperty().get()).isEmpty();
        assertThat(editor.target()).isEqualTo(new TaskTarget(new BigDecimal("12.5"), "km", TargetKind.AT_LEAST));
    }

    @Test
    void aPlanReadsAsWords() {
        assertThat(TaskPlanEditor.describe(null, null, TEXT)).isEqualTo("Every day");
        assertThat(TaskPlanEditor.describe(TaskSchedule.onDays(List.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY)),
                new TaskTarget(new BigDecimal("20"), "pages", TargetKind.AT_LEAST), TEXT))
                .isEqualTo("Mon, Wed \u00b7 20 pages");
        assertThat(TaskPlanEditor.describe(TaskSchedule.timesAWeek(1), null, TEXT)).isEqualTo("once a week");
        assertThat(TaskPlanEditor.describe(TaskSchedule.timesAWeek(3), null, TEXT)).isEqualTo("3 times a week");
        assertThat(TaskPlanEditor.describe(TaskSchedule.timesAMonth(2),
                new TaskTarget(new BigDecimal("2.50"), "cups", TargetKind.AT_MOST), TEXT))
                .isEqualTo("twice a month \u00b7 at most 2.5 cups");
    }
}
