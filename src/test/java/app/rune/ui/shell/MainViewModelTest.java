package app.rune.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.StreakRecords;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.service.user.UserSummaryService;
import app.rune.store.DocumentRepository;
import app.rune.ui.common.Background;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The main window's state without a window: {@link Background#DIRECT} runs the "background" work at once, and
 * the documents live in maps. No JavaFX toolkit is started; properties work without one.
 */
class MainViewModelTest {
    private final ResourceBundle text = ResourceBundle.getBundle("app.rune.ui.messages");
    private final MapRepository<UserGoals> goals = new MapRepository<>(UserGoals::id);
    private final MapRepository<UserAnalytics> analytics = new MapRepository<>(UserAnalytics::id);
    private final UserSummaryService summaries = new UserSummaryService(goals, analytics);

    private MainViewModel viewModel(String userId, String... users) {
        return new MainViewModel(userId, List.of(users), summaries, Background.DIRECT, text);
    }

    private static UserGoals goal(String userId, String title) {
        return new UserGoals(userId, new LongTermGoal(title, null, LocalDate.of(2025, 12, 31), GoalStatus.ACTIVE,
                Instant.parse("2025-06-28T10:00:00Z"), null), List.of(), List.of(), null);
    }

    private static UserAnalytics streak(String userId, int days) {
        return new UserAnalytics(userId, null, null,
                new StreakRecords(days, days, days > 0 ? LocalDate.of(2025, 6, 28).minusDays(days - 1L) : null),
                Map.of(), List.of(), Map.of(), Instant.parse("2025-06-28T20:00:00Z"));
    }

    @Test
    void aNewcomerStartsOnGoalWithAWelcome() {
        MainViewModel model = viewModel("ana", "ana");
        assertThat(model.loadedProperty().get()).isFalse();

        model.refresh();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.needsFirstGoalProperty().get()).isTrue();
        assertThat(model.selectedPageProperty().get()).isEqualTo(Page.GOAL);
        assertThat(model.streakTextProperty().get()).isEqualTo("No streak yet");
        assertThat(model.coachGreetingProperty().get()).contains("ana").contains("I\u2019m Rune");
        assertThat(model.userIdProperty().get()).isEqualTo("ana");
        assertThat(model.userLabelProperty().get()).isEqualTo("ana");
    }

    @Test
    void someoneWithAGoalStartsOnTodayWithTheirStreak() {
        goals.save(goal("bo", "Run a 10k"));
        analytics.save(streak("bo", 12));
        MainViewModel model = viewModel("bo", "bo");

        model.refresh();

        assertThat(model.needsFirstGoalProperty().get()).isFalse();
        assertThat(model.selectedPageProperty().get()).isEqualTo(Page.TODAY);
        assertThat(model.streakTextProperty().get()).isEqualTo("12-day streak");
        assertThat(model.coachGreetingProperty().get()).contains("bo").contains("\u201cRun a 10k\u201d");
    }

    @Test
    void aOneDayStreakIsSingular() {
        goals.save(goal("bo", "Run a 10k"));
        analytics.save(streak("bo", 1));
        MainViewModel model = viewModel("bo", "bo");

        model.refresh();

        assertThat(model.streakTextProperty().get()).isEqualTo("1-day streak");
    }

    /** After a streak ended, the header does not say there has never been one. */
    @Test
    void aStreakThatEndedIsFollowedByANewOneNotByNoneYet() {
        goals.save(goal("bo", "Run a 10k"));
        analytics.save(new UserAnalytics("bo", null, null, new StreakRecords(0, 40, null), Map.of(), List.of(),
                Map.of(), Instant.parse("2025-06-28T20:00:00Z")));
        MainViewModel model = viewModel("bo", "bo");

        model.refresh();

        assertThat(model.streakTextProperty().get()).isEqualTo("Ready for a new streak");
    }

    @Test
    void aGoalWithoutAnalyticsHasNoStreakYet() {
        goals.save(goal("bo", "Run a 10k"));
        MainViewModel model = viewModel("bo", "bo");

        model.refresh();

        assertThat(model.selectedPageProperty().get()).isEqualTo(Page.TODAY);
        assertThat(model.streakTextProperty().get()).isEqualTo("No streak yet");
    }

    @Test
    void onlyTheFirstRefreshPicksThePage() {
        goals.save(goal("bo", "Run a 10k"));
        analytics.save(streak("bo", 3));
        MainViewModel model = viewModel("bo", "bo");
        model.refresh();
        assertThat(model.selectedPageProperty().get()).isEqualTo(Page.TODAY);

        model.selectedPageProperty().set(Page.ANALYTICS);
        analytics.save(streak("bo", 4));
        model.refresh();

        assertThat(model.selectedPageProperty().get()).isEqualTo(Page.ANALYTICS);
        assertThat(model.streakTextProperty().get()).as("the refresh itself still happened")
                .isEqualTo("4-day streak");
    }

    @Test
    void aNewcomerWhoSetsAGoalStaysWhereTheyAre() {
        MainViewModel model = viewModel("ana", "ana");
        model.refresh();
        model.selectedPageProperty().set(Page.SETTINGS);

        goals.save(goal("ana", "Learn Spanish"));
        model.refresh();

        assertThat(model.selectedPageProperty().get()).isEqualTo(Page.SETTINGS);
        assertThat(model.needsFirstGoalProperty().get()).isFalse();
        assertThat(model.coachGreetingProperty().get()).contains("Learn Spanish");
    }

    @Test
    void startFirstGoalGoesToTheGoalPage() {
        MainViewModel model = viewModel("ana", "ana");
        model.refresh();
        model.selectedPageProperty().set(Page.TODAY);

        model.startFirstGoal();

        assertThat(model.selectedPageProperty().get()).isEqualTo(Page.GOAL);
    }

    @Test
    void theCoachPanelStartsOpenAndToggles() {
        MainViewModel model = viewModel("ana", "ana");
        assertThat(model.coachPanelOpenProperty().get()).isTrue();

        model.toggleCoachPanel();
        assertThat(model.coachPanelOpenProperty().get()).isFalse();

        model.toggleCoachPanel();
        assertThat(model.coachPanelOpenProperty().get()).isTrue();
    }

    @Test
    void switchingUserNeedsSomeoneElseToSwitchTo() {
        assertThat(viewModel("ana", "ana").canSwitchUser()).isFalse();

        MainViewModel two = viewModel("ana", "ana", "bo");
        assertThat(two.canSwitchUser()).isTrue();
        assertThat(two.users()).containsExactly("ana", "bo");
    }

    @Test
    void theUserListCannotBeChangedFromOutside() {
        List<String> users = new ArrayList<>(List.of("ana"));
        MainViewModel model = new MainViewModel("ana", users, summaries, Background.DIRECT, text);

        users.add("bo");

        assertThat(model.canSwitchUser()).isFalse();
        assertThat(model.users()).containsExactly("ana");
    }

    @Test
    void aFailedReadLeavesTheModelUnloaded() {
        MapRepository<UserGoals> broken = new MapRepository<>(UserGoals::id) {
            @Override
            public Optional<UserGoals> findById(String id) {
                throw new IllegalStateException("the disk went away");
            }
        };
        MainViewModel model = new MainViewModel("ana", List.of("ana"), new UserSummaryService(broken, analytics),
                Background.DIRECT, text);

        model.refresh();

        assertThat(model.loadedProperty().get()).as("a failure is logged, not taken for a summary").isFalse();
        assertThat(model.streakTextProperty().get()).isEmpty();
        assertThat(model.coachGreetingProperty().get()).isEmpty();
    }

    /** A collection in a map, keyed by the document's id; enough of a store for the summary service. */
    static class MapRepository<T> implements DocumentRepository<T> {
        private final Map<String, T> documents = new LinkedHashMap<>();
        private final Function<T, String> idOf;

        MapRepository(Function<T, String> idOf) {
            this.idOf = idOf;
        }

        @Override
        public Optional<T> findById(String id) {
            return Optional.ofNullable(documents.get(id));
        }

        @Override
        public List<T> findAll() {
            return List.copyOf(documents.values());
        }

        @Override
        public void save(T document) {
            documents.put(idOf.apply(document), document);
        }

        @Override
        public boolean delete(String id) {
            return documents.remove(id) != null;
        }
    }
}
