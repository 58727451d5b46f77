package app.rune.ui.settings;

import app.rune.model.CommunicationStyle;
import app.rune.model.Formality;
import app.rune.model.GoalPatterns;
import app.rune.model.MotivationType;
import app.rune.model.ProgressCheckFrequency;
import app.rune.model.ReminderSettings;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.model.validation.DocumentValidator;
import app.rune.model.validation.Problem;
import app.rune.model.validation.StoredText;
import app.rune.service.goal.InputProblem;
import app.rune.service.today.CheckInText;
import app.rune.service.coach.ReminderStyle;
import app.rune.service.settings.SettingsService;
import app.rune.ui.common.Background;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Settings: the whole {@code user_preferences} document as fields, each checked as it is typed with its message
 * beside it, and saved as soon as everything is valid. Choices save at once; text fields when the person
 * leaves them (the View calls {@link #commit()}). The theme is the app's, not the person's data.
 */
public final class SettingsViewModel {
    private static final Logger LOG = System.getLogger(SettingsViewModel.class.getName());
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final String userId;
    private final SettingsService settings;
    private final Background background;
    private final ResourceBundle text;
    private final Consumer<Theme> applyTheme;

    private final ObjectProperty<Formality> formality = new SimpleObjectProperty<>(this, "formality");
    private final ObjectProperty<MotivationType> motivation = new SimpleObjectProperty<>(this, "motivation");
    private final StringProperty culturalContext = new SimpleStringProperty(this, "culturalContext", "");
    private final StringProperty checkInTime = new SimpleStringProperty(this, "checkInTime", "");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "");
    private final BooleanProperty dailyReminder = new SimpleBooleanProperty(this, "dailyReminder");
    private final StringProperty reminderTime = new SimpleStringProperty(this, "reminderTime", "");
    private final StringProperty dayStart = new SimpleStringProperty(this, "dayStart", "00:00");
    private final ReadOnlyStringWrapper dayStartError = new ReadOnlyStringWrapper(this, "dayStartError", "");
    private final ObjectProperty<ReminderStyle> reminderStyle = new SimpleObjectProperty<>(this, "reminderStyle");
    private final ObjectProperty<ProgressCheckFrequency> frequency = new SimpleObjectProperty<>(this, "frequency");
    private final ObservableList<String> typicalObstacles = FXCollections.observableArrayList();
    private final ObservableList<String> successPatterns = FXCollections.observableArrayList();
    private final StringProperty taskMinutes = new SimpleStringProperty(this, "taskMinutes", "");
    private final StringProperty maxTasks = new SimpleStringProperty(this, "maxTasks", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);

    private final ReadOnlyStringWrapper checkInTimeError = new ReadOnlyStringWrapper(this, "checkInTimeError", "");
    private final ReadOnlyStringWrapper timeZoneError = new ReadOnlyStringWrapper(this, "timeZoneError", "");
    private final ReadOnlyStringWrapper reminderTimeError = new ReadOnlyStringWrapper(this, "reminderTimeError", "");
    private final ReadOnlyStringWrapper taskMinutesError = new ReadOnlyStringWrapper(this, "taskMinutesError", "");
    private final ReadOnlyStringWrapper maxTasksError = new ReadOnlyStringWrapper(this, "maxTasksError", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private UserPreferences stored;
    private boolean showing;

    public SettingsViewModel(String userId, SettingsService settings, Background background, ResourceBundle text,
            Theme currentTheme, Consumer<Theme> applyTheme) {
        this.userId = userId;
        this.settings = settings;
        this.background = background;
        this.text = text;
        this.applyTheme = applyTheme;
        theme.set(currentTheme);
        theme.addListener((obs, old, now) -> applyTheme.accept(now));
        checkInTime.addListener((obs, old, now) -> checkInTimeError.set(timeProblem(now)));
        reminderTime.addListener((obs, old, now) -> reminderTimeError.set(timeProblem(now)));
        dayStart.addListener((obs, old, now) -> dayStartError.set(dayStartProblem(now)));
        timeZone.addListener((obs, old, now) -> timeZoneError.set(zoneProblem(now)));
        taskMinutes.addListener((obs, old, now) -> taskMinutesError.set(rangeProblem(now, 1,
                DocumentValidator.MINUTES_PER_DAY)));
        maxTasks.addListener((obs, old, now) -> maxTasksError.set(rangeProblem(now, DocumentValidator.MIN_DAILY_TASKS,
                DocumentValidator.MAX_DAILY_TASKS)));
        // Choices and lists take effect at once; typed fields when the person leaves them.
        // Change listeners, not invalidation ones: a property set but never read stays invalid and would not
        // report the next change.
        for (ObservableValue<?> choice : List.of(formality, motivation, dailyReminder,
                reminderStyle, frequency)) {
            choice.addListener((obs, old, now) -> commit());
        }
        typicalObstacles.addListener((ListChangeListener<String>) c -> commit());
        successPatterns.addListener((ListChangeListener<String>) c -> commit());
    }

    public void load() {
        background.run(() -> settings.load(userId), this::show, failure -> {
            LOG.log(Level.WARNING, "Could not read the settings", failure);
            status.set(MessageFormat.format(text.getString("settings.failed"), failure.getMessage()));
        });
    }

    private void show(UserPreferences preferences) {
        showing = true;
        try {
            stored = preferences;
            CommunicationStyle style = preferences.communicationStyle();
            formality.set(style.formality());
            motivation.set(style.motivationType());
            culturalContext.set(style.culturalContext() == null ? "" : style.culturalContext());
            checkInTime.set(HH_MM.format(style.preferredCheckInTime()));
            timeZone.set(style.timezone().text());
            ReminderSettings reminders = preferences.reminderSettings();
            dailyReminder.set(Boolean.TRUE.equals(reminders.dailyReminder()));
            reminderTime.set(HH_MM.format(reminders.reminderTime()));
            reminderStyle.set(ReminderStyle.of(reminders.reminderMessageStyle()));
            frequency.set(reminders.progressCheckFrequency());
            GoalPatterns patterns = preferences.goalPatterns();
            typicalObstacles.setAll(patterns.typicalObstacles());
            successPatterns.setAll(patterns.successPatterns());
            taskMinutes.set(Integer.toString(patterns.preferredTaskDuration()));
            maxTasks.set(Integer.toString(patterns.maxDailyTasks()));
            dayStart.set(HH_MM.format(patterns.dayStart()));
            loaded.set(true);
        } finally {
            showing = false;
        }
    }

    /** Saves every field if all are valid and something changed; an invalid field keeps its message. */
    public void commit() {
        if (showing || stored == null || hasProblems()) {
            return;
        }
        UserPreferences changed = fromFields();
        if (changed.equals(stored)) {
            return;
        }
        status.set(text.getString("settings.saving"));
        background.run(() -> settings.save(changed), problems -> saved(changed, problems), failure -> {
            LOG.log(Level.WARNING, "Could not save the settings", failure);
            status.set(MessageFormat.format(text.getString("settings.failed"), failure.getMessage()));
        });
    }

    private void saved(UserPreferences changed, List<Problem> problems) {
        if (problems.isEmpty()) {
            stored = changed;
            status.set(text.getString("settings.saved"));
        } else {
            status.set(MessageFormat.format(text.getString("settings.invalid"), problems.get(0)));
        }
    }

    private boolean hasProblems() {
        return !checkInTimeError.get().isEmpty() || !timeZoneError.get().isEmpty()
                || !reminderTimeError.get().isEmpty() || !taskMinutesError.get().isEmpty()
                || !maxTasksError.get().isEmpty() || !dayStartError.get().isEmpty();
    }

    private UserPreferences fromFields() {
        String context = culturalContext.get() == null || culturalContext.get().isBlank() ? null
                : culturalContext.get().strip();
        return new UserPreferences(userId,
                new CommunicationStyle(formality.get(), motivation.get(), context,
                        LocalTime.parse(checkInTime.get().strip(), HH_MM), new UserTimeZone(timeZone.get().strip())),
                new ReminderSettings(dailyReminder.get(), LocalTime.parse(reminderTime.get().strip(), HH_MM),
                        reminderStyle.get() == null ? null : reminderStyle.get().code(), frequency.get()),
                new GoalPatterns(new ArrayList<>(typicalObstacles), new ArrayList<>(successPatterns),
                        Integer.valueOf(taskMinutes.get().strip()), Integer.valueOf(maxTasks.get().strip()))
                        .withDayStartsAt(LocalTime.parse(dayStart.get().strip(), HH_MM)));
    }

    /** A time from 00:00 to 06:00: a later start would move a morning's ticks to the day before. */
    private String dayStartProblem(String value) {
        if (!timeProblem(value).isEmpty()) {
            return timeProblem(value);
        }
        return LocalTime.parse(value.strip(), HH_MM).isAfter(GoalPatterns.LATEST_DAY_START)
                ? text.getString("settings.error.dayStart") : "";
    }

    private String timeProblem(String value) {
        try {
            LocalTime.parse(value == null ? "" : value.strip(), HH_MM);
            return "";
        } catch (DateTimeParseException e) {
            return text.getString("settings.error.time");
        }
    }

    private String zoneProblem(String value) {
        if (value == null || value.isBlank()) {
            return text.getString("settings.error.zoneEmpty");
        }
        try {
            new UserTimeZone(value.strip());
            return "";
        } catch (IllegalArgumentException e) {
            return text.getString("settings.error.zone");
        }
    }

    private String rangeProblem(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n >= min && n <= max) {
                return "";
            }
        } catch (NumberFormatException e) {
            // Falls through to the message: not a whole number.
        }
        return MessageFormat.format(text.getString("settings.error.range"), min, max);
    }

    /**
     * What is wrong with {@code typed} as a usual obstacle, or "": these are offered as obstacles on the Today
     * screen, so they are held to the rules of an obstacle name.
     */
    public String obstacleProblem(String typed) {
        return CheckInText.obstacle(typed).map(this::words).orElse("");
    }

    /** What is wrong with {@code typed} as something that helps, or "". */
    public String successPatternProblem(String typed) {
        return StoredText.valueFlaw(typed).map(InputProblem::of).map(this::words).orElse("");
    }

    private String words(InputProblem problem) {
        return MessageFormat.format(text.getString(problem.key()), problem.arguments().toArray());
    }

    /** IANA zones and whole-hour UTC offsets, for the searchable time-zone field. */
    public static List<String> zoneChoices() {
        TreeSet<String> zones = new TreeSet<>(ZoneId.getAvailableZoneIds());
        List<String> choices = new ArrayList<>();
        for (int h = -12; h <= 14; h++) {
            choices.add(h == 0 ? "UTC" : "UTC" + (h > 0 ? "+" : "") + h);
        }
        zones.stream().filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .forEach(choices::add);
        return choices;
    }

    public ObjectProperty<Formality> formalityProperty() {
        return formality;
    }

    public ObjectProperty<MotivationType> motivationProperty() {
        return motivation;
    }

    public StringProperty culturalContextProperty() {
        return culturalContext;
    }

    public StringProperty checkInTimeProperty() {
        return checkInTime;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public BooleanProperty dailyReminderProperty() {
        return dailyReminder;
    }

    /** When the person's day starts ("04:00" for a night owl); "00:00" by default. */
    public StringProperty dayStartProperty() {
        return dayStart;
    }

    public ReadOnlyStringProperty dayStartErrorProperty() {
        return dayStartError.getReadOnlyProperty();
    }

    public StringProperty reminderTimeProperty() {
        return reminderTime;
    }

    public ObjectProperty<ReminderStyle> reminderStyleProperty() {
        return reminderStyle;
    }

    public ObjectProperty<ProgressCheckFrequency> frequencyProperty() {
        return frequency;
    }

    public ObservableList<String> typicalObstacles() {
        return typicalObstacles;
    }

    public ObservableList<String> successPatterns() {
        return successPatterns;
    }

    public StringProperty taskMinutesProperty() {
        return taskMinutes;
    }

    public StringProperty maxTasksProperty() {
        return maxTasks;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty checkInTimeErrorProperty() {
        return checkInTimeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeZoneErrorProperty() {
        return timeZoneError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reminderTimeErrorProperty() {
        return reminderTimeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskMinutesErrorProperty() {
        return taskMinutesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maxTasksErrorProperty() {
        return maxTasksError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
