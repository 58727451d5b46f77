package app.rune.ui.shell;

import app.rune.ExitStatus;
import app.rune.RuneSession;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The data folder open in the window, and whose main window it shows: choosing the person, building their
 * window (again after a restore or an import replaced the data), and their reminders. One per opened session;
 * the app lets it go when the session closes or is found damaged.
 */
final class ShownSession {
    private static final Logger LOG = System.getLogger(ShownSession.class.getName());

    private final ShellParts parts;
    private final DataOpening opening;
    private final DesktopPresence presence;
    private final String loginName;
    private final RuneSession session;
    private final IntConsumer exit;
    /** True once the app is closing or this session was let go: work queued for it is dropped. */
    private final BooleanSupplier over;
    /** The person's main window once chosen: the tray's "Check in now" turns it to Today. */
    private MainViewModel main;
    /** Its screens, which read again when a command run for another process changed the data. */
    private Screens screens;

    ShownSession(ShellParts parts, DataOpening opening, DesktopPresence presence, String loginName,
            RuneSession session, IntConsumer exit, BooleanSupplier over) {
        this.parts = parts;
        this.opening = opening;
        this.presence = presence;
        this.loginName = loginName;
        this.session = session;
        this.exit = exit;
        this.over = over;
    }

    RuneSession session() {
        return session;
    }

    /** Shows the window of the person the folder belongs to; asks whom when there are several. */
    void show(List<String> users) {
        Optional<String> user = chooseUser(users);
        if (user.isEmpty()) {
            exit.accept(ExitStatus.OK);
            return;
        }
        showMain(user.get(), users);
    }

    /** The tray's "Check in now", or a clicked reminder. */
    void openToday() {
        if (main != null) {
            main.selectedPageProperty().set(Page.TODAY);
        }
    }

    /** {@code work}, unless by the time it runs the window is closing or this session was let go. */
    Runnable whileOpen(Runnable work) {
        return () -> {
            if (!over.getAsBoolean()) {
                work.run();
            }
        };
    }

    private Optional<String> chooseUser(List<String> users) {
        MainWindow window = parts.window();
        return UserChooser.whoseWindow(users, window.state().selectedUserId(), loginName, parts.text(),
                window.stage());
    }

    private void showMain(String userId, List<String> users) {
        MainWindow window = parts.window();
        window.update(state -> state.withSelectedUser(userId));
        // The first main window takes its first page's data from the start-up read; any later one reads.
        PersonWindow.Built built = PersonWindow.show(parts, session, userId, users, opening.takeFirstRead(),
                new Screens.Shell(this::dataReplaced, () -> exit.accept(ExitStatus.OK), this::whileOpen),
                other -> showMain(other, users));
        main = built.main();
        screens = built.screens();
        presence.remindAfter(parts.firstScreen(), parts.background(), session, userId,
                () -> over.getAsBoolean() ? Optional.empty()
                        : Optional.of(window.state().selectedUserId().orElse(userId)));
    }

    /**
     * A command run for another process changed the data: after an import or a restore the window is built
     * afresh, after any other change the screen in view reads again.
     */
    void changedElsewhere(boolean replaced) {
        if (over.getAsBoolean()) {
            return;
        }
        if (!replaced) {
            if (screens != null) {
                screens.reloadShown();
            }
            return;
        }
        // Asked for at the terminal, which said how it went: the window is built afresh on the page in view,
        // without a notice to dismiss (the window may be in the tray).
        Page page = main == null ? Page.TODAY : main.selectedPageProperty().get();
        parts.background().run(() -> opening.usersCreatingFirst(session), users -> {
            if (!over.getAsBoolean()) {
                rebuild(users, null);
                if (main != null) {
                    main.selectedPageProperty().set(page);
                }
            }
        }, failure -> LOG.log(Level.WARNING, "Could not read the users after the data changed", failure));
    }

    /**
     * A restore or an import changed the data under every screen: the window is built afresh from the store,
     * for the same person if they are still in it, and then says what happened.
     */
    private void dataReplaced(String message) {
        if (over.getAsBoolean()) {
            return;
        }
        parts.background().run(() -> opening.usersCreatingFirst(session), users -> rebuild(users, message),
                failure -> {
                    // The change itself is done and saved; only the window could not be rebuilt from it.
                    LOG.log(Level.WARNING, "Could not read the users after the data changed", failure);
                    parts.window().showNotice(parts.text().getString("data.done.title"), message);
                });
    }

    /** Builds the window afresh from the store; then, unless {@code message} is null, says it on Settings. */
    private void rebuild(List<String> users, String message) {
        if (over.getAsBoolean()) {
            return;
        }
        String current = parts.window().state().selectedUserId().orElse(null);
        Optional<String> user = current != null && users.contains(current) ? Optional.of(current) : chooseUser(users);
        if (user.isEmpty()) {
            exit.accept(ExitStatus.OK);
            return;
        }
        showMain(user.get(), users);
        if (message != null) {
            main.selectedPageProperty().set(Page.SETTINGS);
            parts.window().showNotice(parts.text().getString("data.done.title"), message);
        }
    }
}
