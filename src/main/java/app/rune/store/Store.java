package app.rune.store;

import app.rune.model.Collection;
import app.rune.model.ConversationContext;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.dizitart.no2.collection.Document;
import org.dizitart.no2.collection.NitriteCollection;

/**
 * Rune's data: one Nitrite file in the data folder holding the five collections. Opening it takes the folder's
 * lock, so a second Rune is refused instead of damaging the file. All access runs on one database thread.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = System.getLogger(Store.class.getName());

    private final DataFolder folder;
    private final DataFolderLock lock;
    private final DatabaseThread thread;
    private final Database database;
    private final DocumentRepository<UserGoals> userGoals;
    private final NitriteDailyProgressRepository dailyProgress;
    private final DocumentRepository<UserPreferences> userPreferences;
    private final DocumentRepository<UserAnalytics> userAnalytics;
    private final DocumentRepository<ConversationContext> conversationContext;
    private Path setAside;
    private Path repairedFrom;
    private Schema schema = Schema.RUNE;

    private Store(DataFolder folder, DataFolderLock lock, DatabaseThread thread, Database database) {
        this.folder = folder;
        this.lock = lock;
        this.thread = thread;
        this.database = database;
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
     * @throws DamagedDataFileException when the file will not open; it is left as it was
     * @throws StoreException when the file cannot be opened for another reason; it is left as it was
     */
    public static Store open(DataFolder folder, ObjectMapper json) {
        return open(folder, json, Schema.RUNE, false);
    }

    /**
     * As {@link #open}, but a data file that will not open is moved aside (renamed with the time, never deleted)
     * and a new, empty one is made: the way back from a damaged file, before restoring a backup.
     */
    public static Store openSettingAsideDamaged(DataFolder folder, ObjectMapper json) {
        return open(folder, json, Schema.RUNE, true);
    }

    static Store open(DataFolder folder, ObjectMapper json, Schema schema, boolean setAsideDamaged) {
        DataFolderLock lock = DataFolderLock.acquire(folder);
        DatabaseThread thread = new DatabaseThread();
        try {
            Database database = new Database(json);
            Path[] setAside = new Path[1];
            thread.run(() -> {
                discardStagedFile(folder);
                Path file = folder.databaseFile();
                try {
                    database.use(NitriteDatabase.open(file, schema, folder.backupsFolder()));
                } catch (DamagedDataFileException damaged) {
                    if (!setAsideDamaged) {
                        throw damaged;
                    }
                    setAside[0] = setAside(file);
                    database.use(NitriteDatabase.open(file, schema, folder.backupsFolder()));
                }
            });
            database.reopenWith(() -> NitriteDatabase.open(folder.databaseFile(), schema, folder.backupsFolder()));
            Store store = new Store(folder, lock, thread, database);
            store.setAside = setAside[0];
            store.repairedFrom = database.open().repairedFrom();
            store.schema = schema;
            return store;
        } catch (RuntimeException e) {
            thread.close();
            lock.close();
            throw e;
        }
    }

    /** Renames the damaged file to {@code rune.db.damaged-YYYY-MM-DD-HHMMSS}; it is the person's, so it stays. */
    private static Path setAside(Path file) {
        Path aside = KeptFileNames.damaged(file);
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            flushFolder(file.getParent());
        } catch (IOException e) {
            throw new StoreException("Rune could not move the damaged data file " + file + " aside ("
                    + e.getMessage() + "); it has not changed anything.", e);
        }
        LOG.log(Level.WARNING, "Moved the damaged data file " + file + " aside to " + aside);
        return aside;
    }

    /**
     * Where the damaged original was kept when the file was repaired on opening by going back to its newest
     * readable version (the latest changes may be missing); empty when it opened as it was.
     */
    public Optional<Path> repairedFrom() {
        return Optional.ofNullable(repairedFrom);
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

    /** Runs {@code work} on the open file, on the database thread: for tests that look beneath the repositories. */
    <T> T withDatabase(Function<NitriteDatabase, T> work) {
        return thread.call(() -> work.apply(database.open()));
    }

    /** Every document of every collection, each collection in a stable order. */
    public DataSet readAll() {
        return thread.call(() -> new DataSet(userGoals.findAll(), dailyProgress.findAll(), userPreferences.findAll(),
                userAnalytics.findAll(), conversationContext.findAll()));
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
        return thread.call(() -> {
            DataSet stored = readAll();
            DataSet merged = merge(stored, incoming);
            swapIn(merged, "import");
            return stored.size() + incoming.size() - merged.size();
        });
    }

    /**
     * Makes {@code content} the whole of the data: documents not in it are gone (a restore). All or nothing,
     * as {@link #upsertAll}.
     */
    public void replaceAll(DataSet content) {
        thread.run(() -> swapIn(content, "restore"));
    }

    /** Writes {@code content} to a new file and puts it in place of the live one with one atomic rename. */
    private void swapIn(DataSet content, String change) {
        Path staged = folder.stagedDatabaseFile();
        writeFreshFile(staged, content, change);
        NitriteDatabase live = database.open();
        database.use(null);
        live.close();
        try {
            Files.move(staged, folder.databaseFile(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            flushFolder(folder.root());
        } catch (IOException e) {
            deleteQuietly(staged);
            database.use(NitriteDatabase.open(folder.databaseFile(), schema, folder.backupsFolder()));
            throw new StoreException("The " + change + " could not replace the data file; nothing was changed. ("
                    + e.getMessage() + ")", e);
        }
        database.use(NitriteDatabase.open(folder.databaseFile(), schema, folder.backupsFolder()));
    }

    private void writeFreshFile(Path staged, DataSet content, String change) {
        deleteQuietly(staged);
        try {
            NitriteDatabase fresh = NitriteDatabase.open(staged, schema, null);
            try {
                DocumentCodec codec = new DocumentCodec(database.codecMapper(), fresh.mapper());
                insertAll(fresh, Collection.USER_GOALS, content.userGoals(), codec);
                insertAll(fresh, Collection.DAILY_PROGRESS, content.dailyProgress(), codec);
                insertAll(fresh, Collection.USER_PREFERENCES, content.userPreferences(), codec);
                insertAll(fresh, Collection.USER_ANALYTICS, content.userAnalytics(), codec);
                insertAll(fresh, Collection.CONVERSATION_CONTEXT, content.conversationContext(), codec);
                fresh.commit();
            } catch (RuntimeException e) {
                // A failed write (a full disk) closes the store itself; closing again must not hide why.
                try {
                    fresh.closeWithoutCompacting();
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
            fresh.closeWithoutCompacting();
            NitriteDatabase.flushToDisk(staged);
        } catch (RuntimeException e) {
            deleteQuietly(staged);
            throw e instanceof StoreException ? e
                    : new StoreException("The " + change + " could not be written; nothing was changed. ("
                            + NitriteDatabase.rootMessage(e) + ")", e);
        }
    }

    private static <T extends Record> void insertAll(NitriteDatabase target, Collection kind, List<T> documents,
            DocumentCodec codec) {
        if (documents.isEmpty()) {
            return;
        }
        NitriteCollection collection = target.collection(kind);
        Document[] batch = documents.stream().map(codec::toDocument).toArray(Document[]::new);
        collection.insert(batch);
    }

    static DataSet merge(DataSet stored, DataSet incoming) {
        return new DataSet(
                upsert(stored.userGoals(), incoming.userGoals(), UserGoals::id),
                upsert(stored.dailyProgress(), incoming.dailyProgress(), DailyProgress::id),
                upsert(stored.userPreferences(), incoming.userPreferences(), UserPreferences::id),
                upsert(stored.userAnalytics(), incoming.userAnalytics(), UserAnalytics::id),
                upsert(stored.conversationContext(), incoming.conversationContext(), ConversationContext::id));
    }

    private static <T> List<T> upsert(List<T> stored, List<T> incoming, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        stored.forEach(d -> byId.put(idOf.apply(d), d));
        incoming.forEach(d -> byId.put(idOf.apply(d), d));
        return new ArrayList<>(byId.values());
    }

    /** A staged file left by an import that was cut short never replaced the live file; it is only litter. */
    private static void discardStagedFile(DataFolder folder) {
        Path staged = folder.stagedDatabaseFile();
        if (Files.exists(staged)) {
            LOG.log(Level.INFO, "Removing " + staged + " left by an interrupted import");
            deleteQuietly(staged);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder for this, which is harmless. */
    private static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not flush folder " + folder, e);
        }
    }

    /** Closes the file (compacting it when this session wrote to it) and lets the folder go. */
    @Override
    public void close() {
        try {
            if (database.isOpen()) {
                thread.run(() -> {
                    NitriteDatabase live = database.open();
                    database.use(null);
                    live.close();
                });
            }
        } finally {
            thread.close();
            lock.close();
        }
    }
}
