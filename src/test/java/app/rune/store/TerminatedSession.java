package app.rune.store;

import app.rune.TestData;
import app.rune.model.DataSet;
import java.nio.file.Path;

/**
 * A Rune that saved a change, put derived figures in place to go with the next commit (as a tick does), and then
 * waits: {@link TerminatedSessionTest} ends it with SIGTERM, as logging out or shutting down does.
 */
public final class TerminatedSession {
    private TerminatedSession() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(DataFolder.open(Path.of(args[0])), TestData.json());
        DataSet seed = TestData.seed();
        seed.userPreferences().forEach(store.userPreferences()::save);
        seed.userAnalytics().forEach(store.userAnalytics()::saveWithNextCommit);
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
        store.close();
    }
}
