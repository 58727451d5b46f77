package app.rune.store;

import app.rune.RuneSession;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * A Rune session for {@link KilledSessionTest} to kill: opens the data folder the way the app does and runs a
 * seeded random mix of check-ins and imports through the real services. Before each action it prints
 * "begin ACTION", and "ack ACTION" only once the service call has returned, that is, once Rune would tell the
 * person it is saved.
 *
 * <p>Arguments: data folder, seed, number of the first import, documents per import, folder for import files,
 * and how many actions to run before closing the session normally (negative: until killed).
 */
public final class KilledSession {
    private KilledSession() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        int nextImport = Integer.parseInt(args[2]);
        int importSize = Integer.parseInt(args[3]);
        Path importFolder = Path.of(args[4]);
        int actions = Integer.parseInt(args[5]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);

        RuneSession session = RuneSession.open(data, Clock.fixed(SessionAction.NOW, ZoneOffset.UTC));
        say(out, "open");
        for (int i = 0; actions < 0 || i < actions; i++) {
            SessionAction action = SessionAction.random(random, nextImport, importSize);
            if (action instanceof SessionAction.Import in) {
                in.writeFile(importFolder);
                nextImport++;
            }
            say(out, "begin " + action.line());
            action.run(session, importFolder);
            say(out, "ack " + action.line());
        }
        say(out, "closing");
        session.close();
        say(out, "closed");
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
