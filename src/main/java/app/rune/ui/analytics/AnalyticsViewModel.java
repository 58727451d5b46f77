package app.rune.ui.analytics;

import app.rune.model.StreakRecords;
import app.rune.model.UserAnalytics;
import app.rune.service.analytics.AnalyticsReport;
import app.rune.service.analytics.GoalChoice;
import app.rune.service.analytics.ReportRange;
import app.rune.ui.common.Background;
import app.rune.ui.common.DateText;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.function.ToDoubleFunction;
import java.util.function.BiFunction;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Analytics screen: tiles with the stored figures, and the report the charts draw for the chosen range.
 * The report is prepared in the background; the ViewModel hands out plain data, and the View builds charts.
 */
public final class AnalyticsViewModel {
    private static final Logger LOG = System.getLogger(AnalyticsViewModel.class.getName());
    /** Long histories are drawn with at most this many points: more than a chart has pixels is only noise. */
    static final int MAX_POINTS = 400;

    /**
     * Where the reports come from (the service, in the app): the person's report for a range, of all goals or of
     * one (its id), and the goals there are to choose from.
     */
    @FunctionalInterface
    public interface ReportSource {
        AnalyticsReport report(ReportRange range, String goalId) throws Exception;

        default List<GoalChoice> goals() throws Exception {
            return List.of();
        }
    }

    private final ReportSource reports;
    private final Background background;
    private final ResourceBundle text;
    private final DateText dates = DateText.ofDefaultLocale();

    private final ObjectProperty<ReportRange> range = new SimpleObjectProperty<>(this, "range", ReportRange.THREE_MONTHS);
    /** The goal the figures are limited to; null for all goals. */
    private final ObjectProperty<String> goal = new SimpleObjectProperty<>(this, "goal");
    private final ObservableList<GoalChoice> goals = FXCollections.observableArrayList();
    private boolean settingFromLoad;
    private final ReadOnlyObjectWrapper<AnalyticsReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasData = new ReadOnlyBooleanWrapper(this, "hasData");
    private final ReadOnlyStringWrapper currentStreak = new ReadOnlyStringWrapper(this, "currentStreak", "");
    private final ReadOnlyStringWrapper currentStreakNote = new ReadOnlyStringWrapper(this, "currentStreakNote", "");
    private final ReadOnlyStringWrapper longestStreak = new ReadOnlyStringWrapper(this, "longestStreak", "");
    private final ReadOnlyStringWrapper goalCompletion = new ReadOnlyStringWrapper(this, "goalCompletion", "");
    private final ReadOnlyStringWrapper averageCompletion = new ReadOnlyStringWrapper(this, "averageCompletion", "");
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper(this, "target", "");
    private final ReadOnlyStringWrapper targetNote = new ReadOnlyStringWrapper(this, "targetNote", "");
    private final ReadOnlyStringWrapper pace = new ReadOnlyStringWrapper(this, "pace", "");
    private final ReadOnlyStringWrapper paceNote = new ReadOnlyStringWrapper(this, "paceNote", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");

    public AnalyticsViewModel(ReportSource reports, Background background, ResourceBundle text) {
        this.reports = reports;
        this.background = background;
        this.text = text;
        range.addListener((obs, old, now) -> load());
        goal.addListener((obs, old, now) -> {
            if (!settingFromLoad) {
                load();
            }
        });
    }

    /**
     * Reads the goals there are and the report for the range and goal chosen; a chosen goal no longer current
     * (achieved, abandoned) gives way to all goals.
     */
    public void load() {
        ReportRange chosen = range.get();
        String chosenGoal = goal.get();
        loading.set(true);
        background.run(() -> {
            List<GoalChoice> found = reports.goals();
            boolean still = chosenGoal == null || found.stream().anyMatch(g -> g.goalId().equals(chosenGoal));
            return new Loaded(found, still ? chosenGoal : null, reports.report(chosen, still ? chosenGoal : null));
        }, loaded -> {
            if (!goals.equals(loaded.goals())) {
                goals.setAll(loaded.goals());
            }
            if (!Objects.equals(goal.get(), loaded.goal())) {
                // The report read is already the one for this goal.
                settingFromLoad = true;
                try {
                    goal.set(loaded.goal());
                } finally {
                    settingFromLoad = false;
                }
            }
            show(loaded.report());
        }, failure -> {
            loading.set(false);
            LOG.log(Level.WARNING, "Could not prepare the analytics", failure);
            errorMessage.set(MessageFormat.format(text.getString("analytics.error"), failure.getMessage()));
        });
    }

    private void show(AnalyticsReport shown) {
        UserAnalytics figures = shown.figures();
        StreakRecords streaks = figures.streakRecords();
        currentStreak.set(days(streaks.currentStreak()));
        currentStreakNote.set(streaks.streakStartDate() == null ? text.getString("analytics.streak.none")
                : MessageFormat.format(text.getString("analytics.streak.since"), dates.date(streaks.streakStartDate())));
        longestStreak.set(days(streaks.longestStreak()));
        goalCompletion.set(percent(figures.goalCompletionRate()));
        averageCompletion.set(percent(figures.averageTaskCompletion()));
        if (shown.daysToTarget() == null) {
            target.set("\u2014");
            targetNote.set(text.getString("analytics.target.none"));
        } else {
            long left = shown.daysToTarget();
            target.set(left >= 0 ? days((int) left) : MessageFormat.format(text.getString("analytics.target.past"), -left));
            targetNote.set(MessageFormat.format(text.getString("analytics.target.date"), dates.date(shown.targetDate())));
        }
        Boolean onPace = shown.onPace();
        pace.set(text.getString(onPace == null ? "analytics.pace.unknown" : onPace ? "analytics.pace.on"
                : "analytics.pace.behind"));
        paceNote.set(shown.recentCompletion() == null ? text.getString("analytics.pace.noData")
                : MessageFormat.format(text.getString("analytics.pace.note"), percent(shown.recentCompletion()),
                        percent(AnalyticsReport.ON_PACE)));
        hasData.set(shown.hasData());
        errorMessage.set("");
        report.set(shown);
        loading.set(false);
    }

    /**
     * The rolling line as at most {@link #MAX_POINTS} points: long histories are averaged in equal slices, so ten
     * years draw as fast as a month and still show every trend.
     */
    public static List<AnalyticsReport.RollingPoint> downsample(List<AnalyticsReport.RollingPoint> points, int max) {
        return downsample(points, max, AnalyticsReport.RollingPoint::completion,
                (last, mean) -> new AnalyticsReport.RollingPoint(last.date(), mean));
    }

    /** A measurable task's amounts, thinned the same way. */
    static List<AnalyticsReport.AmountPoint> downsampleAmounts(List<AnalyticsReport.AmountPoint> points, int max) {
        return downsample(points, max, AnalyticsReport.AmountPoint::amount,
                (last, mean) -> new AnalyticsReport.AmountPoint(last.date(), mean));
    }

    /** Each slice's mean, dated by the slice's last point. */
    private static <T> List<T> downsample(List<T> points, int max, ToDoubleFunction<T> value,
            BiFunction<T, Double, T> slice) {
        if (points.size() <= max) {
            return points;
        }
        List<T> slices = new ArrayList<>();
        double size = (double) points.size() / max;
        for (int n = 0; n < max; n++) {
            int from = (int) Math.floor(n * size);
            int to = (int) Math.min(points.size(), Math.floor((n + 1) * size));
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += value.applyAsDouble(points.get(i));
            }
            slices.add(slice.apply(points.get(to - 1), sum / (to - from)));
        }
        return slices;
    }

    /** An amount as people write it: 12.5, 20, never 20.000000001. */
    static String amount(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    String days(int n) {
        return MessageFormat.format(text.getString("analytics.days"), n);
    }

    static String percent(Double share) {
        return share == null ? "\u2014" : Math.round(share * 100) + "%";
    }

    private record Loaded(List<GoalChoice> goals, String goal, AnalyticsReport report) {
    }

    public ObjectProperty<ReportRange> rangeProperty() {
        return range;
    }

    /** The goal the tiles and charts are limited to (its id); null for all goals. */
    public ObjectProperty<String> goalProperty() {
        return goal;
    }

    /** The current goals, focus first, that the figures can be limited to. */
    public ObservableList<GoalChoice> goals() {
        return goals;
    }

    public ReadOnlyObjectProperty<AnalyticsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasDataProperty() {
        return hasData.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentStreakProperty() {
        return currentStreak.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentStreakNoteProperty() {
        return currentStreakNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty longestStreakProperty() {
        return longestStreak.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goalCompletionProperty() {
        return goalCompletion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty averageCompletionProperty() {
        return averageCompletion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetNoteProperty() {
        return targetNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paceProperty() {
        return pace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paceNoteProperty() {
        return paceNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
