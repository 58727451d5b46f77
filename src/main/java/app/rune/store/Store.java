package app.rune.store;

import app.rune.data.DamagedDataFileException;
import app.rune.data.DataFolderInUseException;
import app.rune.data.StoreException;
import app.rune.model.Collection;
import app.rune.model.ConversationContext;
import app.rune.model.DataSet;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dizitart.no2.collection.Document;

/**
 * Rune's data: one Nitrite file in the data folder holding the five collections. Opening it takes the folder's
 * lock, so a second Rune is refused instead of damaging the file, and checks the file before anything can write
 * to it ({@link DataFileCheck}). All access runs on one database thread; a failure there that shows the file is
 * damaged stops every later read and write, and saves what can still be read beside it ({@link RecoveryFile}).
 */
public final class Store implements AutoCloseable, AtomicChanges {
    private static final Logger LOG = System.getLogger(Store.class.getName());

    private final DataFolder folder;
    private final DataFolderLock lock;
    private final DatabaseThread thread;
    private final Database database;
    private final LiveFile live;
    private final DocumentRepository<UserGoals> userGoals;
    private final NitriteDailyProgressRepository dailyProgress;
    private final DocumentRepository<UserPreferences> userPreferences;
    private final DocumentRepository<UserAnalytics> userAnalytics;
    private final DocumentRepository<ConversationContext> conversationContext;
    private Path setAside;
    private Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Store(DataFolder folder, DataFolderLock lock, DatabaseThread thread, Database database, LiveFile live) {
        this.folder = folder;
        this.lock = lock;
        this.thread = thread;
        this.database = database;
        this.live = live;
        this.userGoals = new NitriteRepository<>(Collection.USER_GOALS, UserGoals.class, UserGoals::id,
                Comparator.comparing(UserGoals::id), thread, database);
        this.dailyProgress = new NitriteDailyProgressRepository(thread, database);
        this.userPreferences = new NitriteRepository<>(Collection.USER_PREFERENCES, UserPreferences.class,
                UserPreferences::id, Comparator.comparing(UserPreferences::id), thread, database);
        this.userAnalytics = new NitriteRepository<>(Collection.USER_ANALYTICS, UserAnalytics.class,
                UserAnalytics::id, Comparator.comparing(UserAnalytics::id), thread, database);
        this.conversationContext = new NitriteRepository<>(Collection.CONVERSATION_CONTEXT, ConversationContext.class,
                ConversationContext::id, Comparator.comparing(ConversationContext::id), thread, database);
    }

    /**
     * Takes the data folder and opens (or creates) its database file.
     *
     * @throws DataFolderInUseException when another Rune holds the folder
     * @throws DamagedDataFileException when the file is damaged; it is left as it was
     * @throws StoreException when the file cannot be opened for another reason; it is left as it was
     */
    public static Store open(DataFolder folder, ObjectMapper json) {
        return open(folder, json, Schema.RUNE, false);
    }

    /**
     * As {@link #open}, but a data file found damaged on opening is moved aside (renamed with the time, never
     * deleted) and a new, empty one is made: the way back from a damaged file, before restoring a backup.
     */
    public static Store openSettingAsideDamaged(DataFolder folder, ObjectMapper json) {
        return open(folder, json, Schema.RUNE, Opening.SET_ASIDE_IF_DAMAGED);
    }

    /**
     * Moves the data file aside whatever its state (renamed with the time, never deleted) and opens a new, empty
     * one: when the person, told that the file is damaged, chose to start again or to restore a backup. (A file
     * found damaged while it was in use may open without complaint; it must still not be written over.)
     */
    public static Store openSettingAside(DataFolder folder, ObjectMapper json) {
        return open(folder, json, Schema.RUNE, Opening.SET_ASIDE);
    }

    /** What opening does with the file that is there. */
    enum Opening {
        /** Opens it; a damaged one is refused. */
        AS_IS,
        /** Opens it; a damaged one is moved aside and a new file made. */
        SET_ASIDE_IF_DAMAGED,
        /** Moves it aside and makes a new file. */
        SET_ASIDE
    }

    static Store open(DataFolder folder, ObjectMapper json, Schema schema, boolean setAsideDamaged) {
        return open(folder, json, schema, setAsideDamaged ? Opening.SET_ASIDE_IF_DAMAGED : Opening.AS_IS);
    }

    static Store open(DataFolder folder, ObjectMapper json, Schema schema, Opening opening) {
        boolean fresh = folder.holdsNothingSaved();
        DataFolderLock lock = DataFolderLock.acquire(folder);
        Database database = new Database(json);
        LiveFile[] file = new LiveFile[1];
        DatabaseThread thread = new DatabaseThread(failure -> file[0] == null ? failure
                : file[0].damagedBy(failure, database));
        try {
            file[0] = LiveFile.in(folder, schema, json);
            Path[] movedAside = new Path[1];
            thread.run(() -> {
                LiveFile.discardStaged(file[0].path());
                if (opening == Opening.SET_ASIDE) {
                    movedAside[0] = file[0].setAside();
                }
                try {
                    database.use(file[0].open());
                } catch (DamagedDataFileException damaged) {
                    if (opening == Opening.AS_IS) {
                        throw file[0].withRecovery(damaged);
                    }
                    movedAside[0] = file[0].setAside();
                    database.use(file[0].open());
                }
            });
            database.reopenWith(file[0]::open);
            Store store = new Store(folder, lock, thread, database, file[0]);
            store.setAside = movedAside[0];
            thread.whenIdle(store::compactIfGrown, store::compactionOverdue);
            store.closeOnShutdown();
            return store;
        } catch (RuntimeException e) {
            thread.close();
            if (file[0] != null) {
                file[0].close();
            }
            lock.close();
            if (fresh) {
                folder.removeIfNew(); // a data file this open began (on a full disk, say) holds nothing of anyone's
            }
            throw e;
        }
    }

    /** The schema version the open file records (tests check migrations with it). */
    int schemaVersion() {
        return thread.call(() -> database.open().recordedVersion().orElse(0));
    }

    /** Where the damaged data file was moved by {@link #openSettingAsideDamaged}; empty if it opened fine. */
    public Optional<Path> setAsideFile() {
        return Optional.ofNullable(setAside);
    }

    public DataFolder folder() {
        return folder;
    }

    public DocumentRepository<UserGoals> userGoals() {
        return userGoals;
    }

    public DailyProgressRepository dailyProgress() {
        return dailyProgress;
    }

    public DocumentRepository<UserPreferences> userPreferences() {
        return userPreferences;
    }

    public DocumentRepository<UserAnalytics> userAnalytics() {
        return userAnalytics;
    }

    public DocumentRepository<ConversationContext> conversationContext() {
        return conversationContext;
    }

    /**
     * Runs {@code change} on the database thread as one commit: the saves inside it reach the disk together
     * when it returns, or, if it fails, none of them do (the file is opened again as the disk has it).
     */
    @Override
    public <T> T inOneCommit(Supplier<T> change) {
        return thread.call(() -> {
            NitriteDatabase open = database.open();
            open.beginBatch();
            T result;
            try {
                result = change.get();
            } catch (RuntimeException | Error e) {
                open.abortBatch();
                throw e;
            }
            open.endBatch();
            return result;
        });
    }

    /** Runs {@code work} on the open file, on the database thread: for tests that look beneath the repositories. */
    <T> T withDatabase(Function<NitriteDatabase, T> work) {
        return thread.call(() -> work.apply(database.open()));
    }

    /**
     * Runs {@code work} on the database thread, so that every read it makes through the repositories sees the file
     * at one moment, with no change between them. It must not wait for anything that waits for the store.
     */
    public <T> T inOneRead(Callable<T> work) {
        return thread.call(work);
    }

    /** Every document of every collection, each collection in a stable order. */
    public DataSet readAll() {
        return thread.call(() -> new DataSet(userGoals.findAll(), dailyProgress.findAll(), userPreferences.findAll(),
                userAnalytics.findAll(), conversationContext.findAll()));
    }

    /** How many documents the file holds, counted without reading them. */
    public long documentCount() {
        return thread.call(() -> {
            long count = 0;
            NitriteDatabase open = database.open();
            for (Collection kind : Collection.values()) {
                count += open.collection(kind).size();
            }
            return count;
        });
    }

    /** The ids of every user that has at least one document, in alphabetical order. */
    public SortedSet<String> userIds() {
        return thread.call(() -> {
            SortedSet<String> ids = new TreeSet<>();
            NitriteDatabase open = database.open();
            for (Collection kind : Collection.values()) {
                if (kind == Collection.DAILY_PROGRESS) {
                    continue;
                }
                for (Document document : open.collection(kind).find()) {
                    Object id = document.get(DocumentCodec.KEY);
                    if (id != null) {
                        ids.add(id.toString());
                    }
                }
            }
            // Progress holds years of days: jump through its day index from one user to the next instead of
            // reading every day, which took most of the start-up with ten years of history.
            open.dayIndex().addUsers(ids);
            return ids;
        });
    }

    /**
     * Adds {@code incoming}'s documents, replacing stored ones with the same {@code _id}: all of them or none.
     * Returns how many stored documents were replaced.
     * Nitrite cannot undo a half-finished batch, so the result is written to a new file that then replaces the
     * live one in a single atomic rename; a crash at any moment leaves either the old file or the new one.
     */
    public int upsertAll(DataSet incoming) {
        return upsertAll(incoming, stored -> { }).replaced();
    }

    /** What {@link #upsertAll(DataSet, Consumer)} stored: all of it, and how many stored documents it replaced. */
    public record Upserted(DataSet stored, int replaced) {
    }

    /**
     * As {@link #upsertAll(DataSet)}, handing what is stored before the change to {@code before} first (a backup
     * of it, made from this one read of everything instead of a second), and returning everything stored after
     * it (a backup after, again without reading it all back). If {@code before} fails, nothing changes.
     */
    public Upserted upsertAll(DataSet incoming, Consumer<DataSet> before) {
        return thread.call(() -> {
            DataSet stored = readAll();
            before.accept(stored);
            DataSet merged = DataSets.merge(stored, incoming);
            swapIn(merged, "import");
            return new Upserted(merged, stored.size() + incoming.size() - merged.size());
        });
    }

    /**
     * Makes {@code content} the whole of the data: documents not in it are gone (a restore). All or nothing,
     * as {@link #upsertAll}. Works over a file found damaged: that one is moved aside (kept), not replaced.
     */
    public void replaceAll(DataSet content) {
        thread.run(() -> swapIn(content, "restore"));
    }

    /** Whether the live file was found damaged in this session (every read and write is then refused). */
    public boolean isDamaged() {
        return thread.call(() -> database.damaged() != null);
    }

    /** Writes {@code content} to a new file and puts it in place of the live one with one atomic rename. */
    private void swapIn(DataSet content, String change) {
        NitriteDatabase before = database.current();
        boolean damaged = database.damaged() != null;
        long commits = Math.max(live.recordedCommits(), before == null || damaged ? 0 : before.commits());
        Path staged = live.staged();
        StagedFile.write(staged, content, change, live.schema(), commits + 1, database.codecMapper());
        if (before != null) {
            before.discard();
        }
        database.use(null);
        try {
            if (damaged) {
                setAside = live.setAside();
            }
            Files.move(staged, live.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            DiskFlush.folder(live.path().getParent());
        } catch (IOException | RuntimeException e) {
            LiveFile.deleteQuietly(staged);
            database.use(live.open());
            throw new StoreException("The " + change + " could not replace the data file; nothing was changed. ("
                    + e.getMessage() + ")", e);
        }
        database.use(live.open());
    }

    /**
     * Between changes, a file that has grown far past its size at opening (every commit adds a version, and
     * MVStore compacts only on closing; ten years of ticks in one session reached 77 MiB) is closed, compacted
     * and opened again, as on closing. Runs on the database thread when it has nothing else to do.
     */
    /** Whether the file has grown so far past the point of compacting that it must not wait for an idle moment. */
    private boolean compactionOverdue() {
        NitriteDatabase open = database.current();
        return !closed.get() && open != null && database.damaged() == null && open.grownFarPastCompaction();
    }

    private void compactIfGrown() {
        NitriteDatabase open = database.current();
        if (closed.get() || open == null || database.damaged() != null || !open.grownPastCompaction()) {
            return;
        }
        database.use(null);
        open.close();
        database.use(live.openCompacted());
    }

    /**
     * Ended by the system (SIGTERM: logging out, shutting down), the file is closed as on quitting: the queued
     * work finishes, figures waiting for the next commit are committed, and the file is compacted.
     */
    private void closeOnShutdown() {
        shutdownHook = new Thread(this::close, "rune-close-on-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            shutdownHook = null;
        }
    }

    /** Closes the file (compacting it when this session wrote to it) and lets the folder go; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Thread hook = shutdownHook;
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or about to: this close is the one that counts.
            }
        }
        try {
            // Asked on the database thread: from here, an idle compaction may have the file closed for a moment,
            // and would open it again after this close had passed it by (the file then stayed open, and locked).
            thread.run(() -> {
                NitriteDatabase open = database.current();
                if (open != null) {
                    database.use(null);
                    open.close();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the data file failed", e);
            throw e;
        } finally {
            thread.close();
            live.close();
            lock.close();
        }
    }
}
