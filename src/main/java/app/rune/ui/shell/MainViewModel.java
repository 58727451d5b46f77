package app.rune.ui.shell;

import app.rune.service.user.UserSummary;
import app.rune.service.user.UserSummaryService;
import app.rune.ui.common.Background;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the main window: which page is shown, who is using Rune, whether they still need a first goal,
 * their streak, and the coach panel. The page starts on Goal for a newcomer and on Today for everyone else.
 */
public final class MainViewModel {
    private static final Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final UserSummaryService summaries;
    private final Background background;
    private final ResourceBundle text;
    private final List<String> users;

    private final ObjectProperty<Page> selectedPage = new SimpleObjectProperty<>(this, "selectedPage", Page.TODAY);
    private final ReadOnlyStringWrapper userId = new ReadOnlyStringWrapper(this, "userId");
    private final ReadOnlyStringWrapper userLabel = new ReadOnlyStringWrapper(this, "userLabel", "");
    private final ReadOnlyBooleanWrapper needsFirstGoal = new ReadOnlyBooleanWrapper(this, "needsFirstGoal");
    private final ReadOnlyStringWrapper streakText = new ReadOnlyStringWrapper(this, "streakText", "");
    private final ReadOnlyStringWrapper coachGreeting = new ReadOnlyStringWrapper(this, "coachGreeting", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final BooleanProperty coachPanelOpen = new SimpleBooleanProperty(this, "coachPanelOpen", true);

    /**
     * @param users every user in the data folder; with more than one, the person may switch between them
     */
    public MainViewModel(String userId, List<String> users, UserSummaryService summaries, Background background,
            ResourceBundle text) {
        this.summaries = summaries;
        this.background = background;
        this.text = text;
        this.users = List.copyOf(users);
        this.userId.set(userId);
        this.userLabel.set(MessageFormat.format(text.getString("user.label"), userId));
    }

    /** Reads the person's goal and streak; the first load also picks the starting page. */
    public void refresh() {
        background.run(() -> summaries.summarize(userId.get()), this::show,
                failure -> LOG.log(Level.WARNING, "Could not read the summary of " + userId.get(), failure));
    }

    /** Shows a summary read already (at start-up, while the window opened), as if a refresh had brought it. */
    public void show(UserSummary summary) {
        apply(summary);
        // Decided when the answer arrives, so a second refresh in flight cannot move the person's page.
        if (!loaded.get()) {
            selectedPage.set(summary.hasGoal() ? Page.TODAY : Page.GOAL);
        }
        loaded.set(true);
    }

    private void apply(UserSummary summary) {
        needsFirstGoal.set(!summary.hasGoal());
        // After a streak ended, "no streak yet" would read as if there had never been one.
        streakText.set(summary.currentStreak() > 0
                ? MessageFormat.format(text.getString("streak.days"), summary.currentStreak())
                : text.getString(summary.longestStreak() > 0 ? "streak.again" : "streak.none"));
        coachGreeting.set(summary.goal()
                .map(goal -> MessageFormat.format(text.getString("coach.withGoal"), summary.userId(), goal))
                .orElseGet(() -> MessageFormat.format(text.getString("coach.welcome"), summary.userId())));
    }

    /** The newcomer's one obvious next step. */
    public void startFirstGoal() {
        selectedPage.set(Page.GOAL);
    }

    public void toggleCoachPanel() {
        coachPanelOpen.set(!coachPanelOpen.get());
    }

    public boolean canSwitchUser() {
        return users.size() > 1;
    }

    public List<String> users() {
        return users;
    }

    public ObjectProperty<Page> selectedPageProperty() {
        return selectedPage;
    }

    public ReadOnlyStringProperty userIdProperty() {
        return userId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userLabelProperty() {
        return userLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsFirstGoalProperty() {
        return needsFirstGoal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty streakTextProperty() {
        return streakText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coachGreetingProperty() {
        return coachGreeting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public BooleanProperty coachPanelOpenProperty() {
        return coachPanelOpen;
    }
}
