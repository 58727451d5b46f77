package app.rune.ui.shell;

import app.rune.RuneSession;
import app.rune.ui.coach.CoachPanel;
import app.rune.ui.coach.CoachPanelViewModel;
import app.rune.ui.shell.DataOpening.FirstRead;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;

/**
 * One person's main window: the navigation and header ({@link MainView}), the four screens ({@link Screens}) and
 * the coach panel; and, once the first screen is on show, what the day's first opening brings: the coach's hello,
 * the day's backup, and figures brought up to date with the days that passed.
 */
final class PersonWindow {
    private static final Logger LOG = System.getLogger(PersonWindow.class.getName());

    private PersonWindow() {
    }

    /**
     * Builds the window's content for {@code userId} and puts it in the window.
     *
     * @param first the start-up read of the first screen, or null to read
     * @param switchTo what choosing another person in the header does
     * @return the main window's model (the tray's "Check in now" turns it to Today) and its screens
     */
    static Built show(ShellParts parts, RuneSession session, String userId, List<String> users,
            CompletableFuture<FirstRead> first, Screens.Shell shell, Consumer<String> switchTo) {
        MainViewModel viewModel = new MainViewModel(userId, users, session.summaries(), parts.background(),
                parts.text());
        Screens screens = new Screens(parts, session, userId, viewModel, shell, first);
        MainView view = new MainView(viewModel, parts.text(), screens::create, switchTo);
        parts.window().setRoot(view.root());
        screens.whenRead(first, read -> viewModel.show(read.summary()), viewModel::refresh);
        CoachPanelViewModel conversation = new CoachPanelViewModel(userId, session.coach(), parts.background(),
                parts.text(), () -> session.settings().zone(userId));
        view.showConversation(() -> new CoachPanel(conversation, page -> viewModel.selectedPageProperty().set(page)),
                Bindings.isEmpty(conversation.messages()));
        session.coach().onMessage(user -> {
            if (user.equals(userId)) {
                Platform.runLater(conversation::refresh);
            }
        });
        FirstScreen firstScreen = parts.firstScreen();
        // Days passed since the figures were stored, or an import brought progress: bring them up to date first,
        // so the hello speaks from them (it said "a 30-day streak, your longest" of a streak that ended while the
        // person was away, just before the catch-up said it had ended). The background runs these in turn.
        firstScreen.then(shell.whileOpen().apply(() -> parts.background().run(
                () -> session.analytics().catchUp(userId), updated -> viewModel.refresh(),
                failure -> LOG.log(Level.WARNING, "Could not bring the analytics up to date", failure))));
        firstScreen.then(shell.whileOpen().apply(conversation::greet));
        firstScreen.then(shell.whileOpen().apply(() -> parts.background().run(() -> {
            try {
                session.backups().daily();
            } catch (IOException | RuntimeException failure) {
                LOG.log(Level.WARNING, "Could not make today's backup", failure);
            }
            // Why it failed, in the words the service kept (asking the disk is no work for the JavaFX thread).
            return session.backups().missedToday();
        }, missed -> missed.ifPresent(m -> {
            // Nothing else stops for it, so the person hears it now and finds it on Settings until mended.
            new InAppNotifier(parts.window().stage()).show(parts.text().getString("backup.missed.title"),
                    MessageFormat.format(parts.text().getString("backup.missed.body"), capitalised(m.why())),
                    () -> viewModel.selectedPageProperty().set(Page.SETTINGS));
        }), failure -> LOG.log(Level.WARNING, "Could not make today's backup", failure))));
        return new Built(viewModel, screens);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A person's window once built: its model and its screens. */
    record Built(MainViewModel main, Screens screens) {
    }
}
