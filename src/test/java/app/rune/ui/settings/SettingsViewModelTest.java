package app.rune.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.Formality;
import app.rune.model.MotivationType;
import app.rune.model.ProgressCheckFrequency;
import app.rune.model.UserPreferences;
import app.rune.service.coach.ReminderStyle;
import app.rune.service.user.NewUserDefaults;
import app.rune.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("app.rune.ui.messages");

    @TempDir
    Path temp;

    private RuneSession session;
    private SettingsViewModel viewModel;
    private final List<Theme> themes = new ArrayList<>();
    private final List<UserPreferences> heard = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        session = RuneSession.open(temp.resolve("data"),
                Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneId.of("Asia/Bangkok")));
        session.store().userPreferences().save(NewUserDefaults.preferences("ana", ZoneId.of("Asia/Bangkok")));
        session.settings().onChange(heard::add);
        viewModel = new SettingsViewModel("ana", session.settings(), Background.DIRECT, TEXT, Theme.SYSTEM, themes::add);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private UserPreferences stored() {
        return session.store().userPreferences().findById("ana").orElseThrow();
    }

    @Test
    void theFieldsShowWhatIsStored() {
        assertThat(viewModel.formalityProperty().get()).isEqualTo(Formality.FRIENDLY);
        assertThat(viewModel.motivationProperty().get()).isEqualTo(MotivationType.ENCOURAGING);
        assertThat(viewModel.checkInTimeProperty().get()).isEqualTo("20:00");
        assertThat(viewModel.timeZoneProperty().get()).isEqualTo("Asia/Bangkok");
        assertThat(viewModel.dailyReminderProperty().get()).isTrue();
        assertThat(viewModel.reminderTimeProperty().get()).isEqualTo("19:00");
        assertThat(viewModel.reminderStyleProperty().get()).isEqualTo(ReminderStyle.FRIENDLY);
        assertThat(viewModel.frequencyProperty().get()).isEqualTo(ProgressCheckFrequency.DAILY);
        assertThat(viewModel.taskMinutesProperty().get()).isEqualTo("20");
        assertThat(viewModel.maxTasksProperty().get()).isEqualTo("3");
        assertThat(heard).isEmpty();
    }

    @Test
    void aChoiceIsSavedAtOnceAndHeardByWhoeverFollowsIt() {
        viewModel.formalityProperty().set(Formality.FORMAL);

        assertThat(stored().communicationStyle().formality()).isEqualTo(Formality.FORMAL);
        assertThat(heard).hasSize(1);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved");
    }

    @Test
    void typedFieldsAreSavedWhenCommittedAndOnlyWhenValid() {
        viewModel.reminderTimeProperty().set("7pm");
        assertThat(viewModel.reminderTimeErrorProperty().get()).isEqualTo("Use hours and minutes, e.g. 20:00");
        viewModel.commit();
        assertThat(stored().reminderSettings().reminderTime()).isEqualTo(LocalTime.of(19, 0));

        viewModel.reminderTimeProperty().set("07:30");
        assertThat(viewModel.reminderTimeErrorProperty().get()).isEmpty();
        viewModel.commit();
        assertThat(stored().reminderSettings().reminderTime()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void theDayStartsAtMidnightUntilANightOwlMovesIt() {
        assertThat(viewModel.dayStartProperty().get()).isEqualTo("00:00");

        viewModel.dayStartProperty().set("07:00");
        assertThat(viewModel.dayStartErrorProperty().get()).isEqualTo("A day may start from 00:00 to 06:00.");
        viewModel.commit();
        assertThat(stored().goalPatterns().dayStartsAt()).isNull();

        viewModel.dayStartProperty().set("04:00");
        viewModel.commit();
        assertThat(stored().goalPatterns().dayStartsAt()).isEqualTo(LocalTime.of(4, 0));
        assertThat(session.checkIns().today("ana")).as("09:00 UTC is 16:00 in Bangkok: still the 1st")
                .isEqualTo(java.time.LocalDate.of(2025, 7, 1));

        // Opened again, the screen shows the stored start, and saving another field keeps it.
        SettingsViewModel again = new SettingsViewModel("ana", session.settings(), Background.DIRECT, TEXT,
                Theme.SYSTEM, themes::add);
        again.load();
        assertThat(again.dayStartProperty().get()).isEqualTo("04:00");
        again.taskMinutesProperty().set("25");
        again.commit();
        assertThat(stored().goalPatterns().dayStartsAt()).isEqualTo(LocalTime.of(4, 0));

        again.dayStartProperty().set("00:00");
        again.commit();
        assertThat(stored().goalPatterns().dayStartsAt()).as("midnight is the default, left out").isNull();
    }

    @Test
    void everyFieldIsChecked() {
        viewModel.timeZoneProperty().set("Mars/Olympus");
        viewModel.maxTasksProperty().set("11");
        viewModel.taskMinutesProperty().set("0");
        viewModel.checkInTimeProperty().set("25:00");

        assertThat(viewModel.timeZoneErrorProperty().get()).startsWith("Not a time zone");
        assertThat(viewModel.maxTasksErrorProperty().get()).isEqualTo("A whole number from 1 to 10");
        assertThat(viewModel.taskMinutesErrorProperty().get()).isEqualTo("A whole number from 1 to 1,440");
        assertThat(viewModel.checkInTimeErrorProperty().get()).isNotEmpty();
        UserPreferences before = stored();
        viewModel.motivationProperty().set(MotivationType.FIRM);
        assertThat(stored()).as("nothing is written while any field is wrong").isEqualTo(before);

        viewModel.timeZoneProperty().set("UTC+7");
        viewModel.maxTasksProperty().set("5");
        viewModel.taskMinutesProperty().set("45");
        viewModel.checkInTimeProperty().set("21:15");
        viewModel.commit();
        UserPreferences after = stored();
        assertThat(after.communicationStyle().timezone().text()).isEqualTo("UTC+7");
        assertThat(after.communicationStyle().motivationType()).isEqualTo(MotivationType.FIRM);
        assertThat(after.goalPatterns().maxDailyTasks()).isEqualTo(5);
        assertThat(after.goalPatterns().preferredTaskDuration()).isEqualTo(45);
    }

    @Test
    void tagsAreSavedAsTheyChange() {
        viewModel.typicalObstacles().add("work_overtime");
        viewModel.successPatterns().add("morning_routine");

        assertThat(stored().goalPatterns().typicalObstacles()).containsExactly("work_overtime");
        assertThat(stored().goalPatterns().successPatterns()).containsExactly("morning_routine");
    }

    @Test
    void theThemeIsTheAppsNotTheDocuments() {
        UserPreferences before = stored();
        viewModel.themeProperty().set(Theme.DARK);

        assertThat(themes).containsExactly(Theme.DARK);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theTimeZoneListHasZonesAndOffsets() {
        assertThat(SettingsViewModel.zoneChoices()).contains("UTC+7", "UTC-3", "UTC", "Europe/Berlin", "Asia/Bangkok")
                .doesNotContain("SystemV/EST5");
    }

    @Test
    void aUsualObstacleIsHeldToTheRulesOfAnObstacleName() {
        assertThat(viewModel.obstacleProblem("_id")).contains("kept for the database\u2019s own ids");
        assertThat(viewModel.obstacleProblem("o".repeat(1001))).isEqualTo("Keep it to 1,000 characters or fewer.");
        assertThat(viewModel.obstacleProblem("noisy flat")).isEmpty();
        assertThat(viewModel.successPatternProblem("o".repeat(1001))).isEmpty();
        assertThat(viewModel.successPatternProblem("o".repeat(1024 * 1024 + 1)))
                .isEqualTo("Keep it to 1,048,576 characters or fewer.");
    }
}
