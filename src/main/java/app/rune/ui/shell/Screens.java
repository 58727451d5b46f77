package app.rune.ui.shell;

import app.rune.RuneSession;
import app.rune.service.analytics.AnalyticsReport;
import app.rune.service.analytics.GoalChoice;
import app.rune.service.analytics.ReportRange;
import app.rune.ui.analytics.AnalyticsView;
import app.rune.ui.analytics.AnalyticsViewModel;
import app.rune.ui.common.Background;
import app.rune.ui.goal.GoalView;
import app.rune.ui.goal.GoalViewModel;
import app.rune.ui.settings.DataView;
import app.rune.ui.settings.DataViewModel;
import app.rune.ui.settings.SettingsView;
import app.rune.ui.settings.SettingsViewModel;
import app.rune.ui.shell.DataOpening.FirstRead;
import app.rune.ui.today.TodayView;
import app.rune.ui.today.TodayViewModel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The four screens of one person's main window, each built on its first visit and reloaded whenever it is
 * visited again (so it shows what changed elsewhere: tasks approved on Goal, a task changed on Today).
 */
final class Screens {
    /**
     * What the screens ask of the app around them.
     *
     * @param dataReplaced a restore or an import replaced the data under every screen; it says what happened
     * @param quit the start-up probe asked the app to quit once Today was ready
     * @param whileOpen a task, unless by the time it runs the window has moved on (closing, another session)
     */
    record Shell(Consumer<String> dataReplaced, Runnable quit, UnaryOperator<Runnable> whileOpen) {
    }

    private final RuneSession session;
    private final String userId;
    private final MainViewModel main;
    private final Background background;
    private final ResourceBundle text;
    private final Clock clock;
    private final MainWindow window;
    private final FirstScreen firstScreen;
    private final StartupProbe probe;
    private final Shell shell;
    /** How each screen built so far reads again. */
    private final Map<Page, Runnable> reloads = new EnumMap<>(Page.class);
    /** The start-up read, for the first screen built only; later ones read for themselves. */
    private CompletableFuture<FirstRead> firstRead;

    Screens(ShellParts parts, RuneSession session, String userId, MainViewModel main, Shell shell,
            CompletableFuture<FirstRead> firstRead) {
        this.session = session;
        this.userId = userId;
        this.main = main;
        this.background = parts.background();
        this.text = parts.text();
        this.clock = parts.clock();
        this.window = parts.window();
        this.firstScreen = parts.firstScreen();
        this.probe = parts.probe();
        this.shell = shell;
        this.firstRead = firstRead;
    }

    /** Builds {@code page} on its first visit. */
    Node create(Page page) {
        CompletableFuture<FirstRead> read = firstRead;
        firstRead = null;
        return switch (page) {
            case GOAL -> goal();
            case TODAY -> today(read);
            case ANALYTICS -> analytics();
            case SETTINGS -> settings();
        };
    }

    private Node goal() {
        GoalViewModel goal = new GoalViewModel(userId, session.goals(), session.analytics()::goalStreaks, background,
                text, RuneSession.coachWords(), main::refresh);
        GoalView view = new GoalView(goal, text);
        goal.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                firstScreen.ready(window.stage().getScene());
            }
        });
        goal.load();
        reloadOnReturn(Page.GOAL, goal::load);
        return view.root();
    }

    private Node today(CompletableFuture<FirstRead> read) {
        TodayViewModel today = new TodayViewModel(userId, session.checkIns(), background, text, main::show);
        TodayView view = new TodayView(today, text, () -> main.selectedPageProperty().set(Page.GOAL));
        today.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                firstScreen.ready(window.stage().getScene());
                probe.interactive(window.stage().getScene(), shell.quit());
            }
        });
        whenRead(read, r -> {
            if (!today.loadedProperty().get()) {
                today.show(r.today(), r.strip());
            }
        }, () -> today.load(null));
        reloadOnReturn(Page.TODAY, today::refresh);
        return view.root();
    }

    private Node analytics() {
        var reports = session.reports();
        AnalyticsViewModel analytics = new AnalyticsViewModel(new AnalyticsViewModel.ReportSource() {
            @Override
            public AnalyticsReport report(ReportRange range, String goalId) {
                return reports.report(userId, range, goalId);
            }

            @Override
            public List<GoalChoice> goals() {
                return reports.goalChoices(userId);
            }
        }, background, text);
        AnalyticsView view = new AnalyticsView(analytics, text);
        analytics.load();
        reloadOnReturn(Page.ANALYTICS, analytics::load);
        return view.root();
    }

    private Node settings() {
        SettingsViewModel settings = new SettingsViewModel(userId, session.settings(), background, text,
                window.theme(), chosen -> window.changeTheme(chosen, background));
        SettingsView view = new SettingsView(settings, text);
        DataViewModel data = new DataViewModel(new DataViewModel.Services(session.backups(), session.restorer(),
                session.importer(), session.loopImporter(), session.csvImporter(), session.exporter(), session.csvExporter()), userId,
                background, text, clock, shell.dataReplaced());
        view.addCard(new DataView(data, text, clock).root());
        data.load();
        settings.load();
        reloadOnReturn(Page.SETTINGS, settings::load);
        return view.root();
    }

    /**
     * Shows the start-up read of this person's first screen with {@code show}: at once if it is there (so the
     * frame being built has it), else when it arrives. Without one (none was started, it was for someone else,
     * or it failed) {@code readAgain} reads as usual.
     */
    void whenRead(CompletableFuture<FirstRead> read, Consumer<FirstRead> show, Runnable readAgain) {
        Consumer<FirstRead> apply = r -> {
            if (r != null && r.userId().equals(userId)) {
                show.accept(r);
            } else {
                readAgain.run();
            }
        };
        if (read == null) {
            readAgain.run();
        } else if (read.isDone()) {
            apply.accept(read.getNow(null));
        } else {
            read.thenAccept(r -> Platform.runLater(shell.whileOpen().apply(() -> apply.accept(r))));
        }
    }

    /**
     * The data changed outside this window (a command run for another process): the screen in view and the header
     * read again at once; the others do when revisited.
     */
    void reloadShown() {
        Runnable reload = reloads.get(main.selectedPageProperty().get());
        if (reload != null) {
            reload.run();
        }
        main.refresh();
    }

    /** A screen shows what changed elsewhere when revisited. */
    private void reloadOnReturn(Page page, Runnable reload) {
        reloads.put(page, reload);
        main.selectedPageProperty().addListener((obs, old, now) -> {
            if (now == page && old != page) {
                reload.run();
            }
        });
    }
}
