package app.rune.ui.shell;

import app.rune.RuneSession;
import app.rune.model.DataSet;
import app.rune.model.json.RuneJson;
import app.rune.platform.SystemTheme;
import app.rune.service.today.DayPlan;
import app.rune.service.today.DaySummary;
import app.rune.service.transfer.RestoreService;
import app.rune.service.user.UserDirectory;
import app.rune.service.user.UserSummary;
import app.rune.ui.today.TodayViewModel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opening the data folder for the app: as it is, or past a damaged file (restoring a backup, what could be read,
 * or nothing); finding whose it is (creating the first person on a first run); and reading what the first screen
 * shows. The first opening starts on a thread of its own before JavaFX is up, so the two overlap.
 */
final class DataOpening {
    private static final Logger LOG = System.getLogger(DataOpening.class.getName());

    /** The open folder and whom it belongs to, with the desktop's theme asked for meanwhile. */
    record Opened(RuneSession session, List<String> users, boolean systemIsDark) {
    }

    /**
     * What the first screen shows, read while JavaFX starts: the main window and Today show it as soon as it is
     * there (in the window's first frame, when it is there before the window is built) without asking again.
     */
    record FirstRead(String userId, UserSummary summary, DayPlan today, List<DaySummary> strip) {
    }

    /** How to open past a damaged file: the choice made, and the file to restore (none to start empty). */
    record Recovery(DamagedDataDialog.Choice choice, Path restoreFrom) {
    }

    private final AppConfig config;
    /** The data folder opening since before JavaFX started; null when not asked for. */
    private CompletableFuture<Opened> early;
    /**
     * The first screen's data, read on that thread once the folder is open; completes with null when there is
     * none to read or the read failed (the screens then read for themselves). Taken by the first main window.
     */
    private CompletableFuture<FirstRead> firstRead;

    DataOpening(AppConfig config) {
        this.config = config;
    }

    /**
     * Starts opening the data folder at once, before JavaFX is up: opening the file and reading who it belongs
     * to takes about as long as the toolkit's own start. What it finds (or fails with) is taken by
     * {@link #readyWithoutQuestions} or {@link #awaitOrOpen}.
     */
    void startNow() {
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        CompletableFuture<FirstRead> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Opened opened;
            try {
                opened = open(null);
            } catch (Exception | Error e) {
                reading.complete(null);
                opening.completeExceptionally(e);
                return;
            }
            opening.complete(opened);
            reading.complete(readFirstScreen(opened.session(), opened.users()));
        }, "rune-open");
        thread.setDaemon(true);
        early = opening;
        firstRead = reading;
        thread.start();
    }

    /**
     * The early opening's result if it is there within {@code wait} and there is nothing to ask first (which
     * person, when there are several and none was chosen last time): then the main window is built before the
     * window shows. Waiting a little is worth it: the opening and the toolkit's start take about as long, and
     * when the opening comes second, showing "Opening…" first and then building the window took longer than
     * the wait.
     */
    Opened readyWithoutQuestions(Optional<String> rememberedUser, Duration wait) {
        if (early == null) {
            return null;
        }
        Opened opened;
        try {
            opened = early.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Still opening, or failed: the window shows "Opening…" and hears the outcome as usual.
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        boolean known = opened.users().size() == 1 || rememberedUser.filter(opened.users()::contains).isPresent();
        return known ? opened : null;
    }

    /** The early opening's result (waiting for it), or a first opening now when there was none. */
    Opened awaitOrOpen() throws Exception {
        if (early == null) {
            return open(null);
        }
        try {
            return early.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The first screen's start-up read, for the first main window only (later ones read for themselves). */
    CompletableFuture<FirstRead> takeFirstRead() {
        CompletableFuture<FirstRead> taken = firstRead;
        firstRead = null;
        return taken;
    }

    /** Opens the data folder as it is ({@code recovery} null) or past a damaged file. */
    Opened open(Recovery recovery) throws Exception {
        // Asking the desktop for its theme starts a process (gsettings, reg, defaults): meanwhile, open the file.
        CompletableFuture<Boolean> systemDark = CompletableFuture.supplyAsync(SystemTheme::prefersDark);
        RuneSession opened;
        if (recovery == null) {
            opened = RuneSession.open(config.dataFolder(), config.clock());
        } else {
            // The backup is checked before the damaged file is moved: a bad backup changes nothing.
            DataSet checked = recovery.restoreFrom() == null ? null
                    : RestoreService.check(RuneJson.newMapper(), recovery.restoreFrom());
            // The person was told the file is damaged: it is kept aside whatever its state, never written over.
            opened = RuneSession.openSettingAside(config.dataFolder(), config.clock());
            if (checked != null) {
                opened.restorer().restore(checked);
            }
        }
        try {
            List<String> users = usersCreatingFirst(opened);
            return new Opened(opened, users, systemDark.join());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The people in the data folder; in an empty one, the first, named after the login. Reads the store. */
    List<String> usersCreatingFirst(RuneSession opened) {
        UserDirectory directory = opened.users();
        List<String> users = new ArrayList<>(directory.userIds());
        if (users.isEmpty()) {
            String id = UserDirectory.idFromLoginName(config.loginName());
            directory.ensureUser(id);
            users.add(id);
        }
        return users;
    }

    /**
     * Reads what the first screen will show (the person's summary and today) on the early opening thread.
     * Null when it cannot tell whose screen comes first, or the read fails (the screen will then read for
     * itself, and meet and report the same problem).
     */
    private FirstRead readFirstScreen(RuneSession opened, List<String> users) {
        String user = users.size() == 1 ? users.get(0)
                : AppStateFile.in(opened.dataFolder()).read().selectedUserId().filter(users::contains).orElse(null);
        if (user == null) {
            return null;
        }
        try {
            UserSummary summary = opened.summaries().summarize(user);
            // The obstacle coaching (the skip form's suggestions, a recurring obstacle) follows the first frame.
            DayPlan today = opened.checkIns().dayWithoutCoaching(user, null);
            List<DaySummary> strip = opened.checkIns().recentDays(user, TodayViewModel.STRIP_DAYS);
            return new FirstRead(user, summary, today, strip);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not read the first screen ahead", e);
            return null;
        }
    }
}
