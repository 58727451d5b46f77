package app.rune.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.ConversationContext;
import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.json.RuneJson;
import app.rune.support.ExportedDocuments;
import app.rune.support.RealisticData;
import app.rune.support.RuneJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data folder holding about 150 days of one person's history, made only through the jar, as months of use
 * would leave it: an import of a generated export, then ticks, skips and check-ins on different days (so the file
 * holds many commits), then {@code rune backup}. Keeps the full export of that state and what {@code today}
 * and {@code users} print for it.
 *
 * @param folder        the data folder
 * @param backupName    the newest backup's file name, in the folder's {@code backups/}
 * @param fullExport    {@code rune export} of the finished folder
 * @param documents     that export's documents
 * @param day           a day with a record, for {@code today --date}
 * @param todayOutput   what {@code today --date DAY} prints for the finished folder
 * @param usersOutput   what {@code users} prints for it
 */
record HistoryFolder(Path folder, String backupName, Path fullExport, ExportedDocuments documents, LocalDate day,
        String todayOutput, String usersOutput) {
    static final String USER = "hist1";
    private static final long SEED = 20_250_614L;
    private static final int DAYS = 150;
    private static final Pattern BACKED_UP = Pattern.compile("Backed up to (.+)\\.\\R?$");

    /** Builds the folder in {@code work}/history; checks every step, so a broken harness fails here. */
    static HistoryFolder make(RuneJar rune, Path work) throws Exception {
        DataSet generated = withTasksApproved(RealisticData.generate(SEED, "hist", 1, DAYS));
        Path json = work.resolve("history.json");
        Files.writeString(json, RuneJson.newMapper().writeValueAsString(generated));
        Path folder = work.resolve("history");
        String task = generated.userGoals().get(0).dailyTasks().get(0).id();
        List<LocalDate> dates = new ArrayList<>(new TreeSet<>(generated.dailyProgress().stream()
                .map(DailyProgress::date).toList()));
        LocalDate missing = firstDayWithoutRecord(dates);

        ok(rune.run(folder, "import", json.toString()), "import the generated history");
        ok(rune.run(folder, "check", task, "--date", dates.get(5).toString(), "--notes", "Ran in the rain",
                "--difficulty", "3", "--satisfaction", "4"), "check with notes");
        ok(rune.run(folder, "skip", task, "--date", dates.get(20).toString(), "--reason", "forgot",
                "--obstacle", "travel", "--notes", "Airport all day"), "skip");
        ok(rune.run(folder, "checkin", "--date", dates.get(35).toString(), "--day-rating", "4", "--mood", "calm"),
                "checkin");
        ok(rune.run(folder, "check", task, "--date", dates.get(60).toString()), "check");
        ok(rune.run(folder, "skip", task, "--date", dates.get(80).toString(), "--reason", "too_tired",
                "--obstacle", "tired"), "second skip");
        ok(rune.run(folder, "check", task, "--date", missing.toString(), "--notes", "Filled in later"),
                "check on a day without a record");
        ok(rune.run(folder, "checkin", "--date", dates.get(dates.size() - 1).toString(), "--day-rating", "2",
                "--mood", "tired", "--rest-day"), "checkin on the last day");

        RuneJar.Result backup = ok(rune.run(folder, "backup"), "backup");
        Matcher written = BACKED_UP.matcher(backup.out().strip());
        assertThat(written.matches()).as("backup names the file it wrote: %s", backup.out()).isTrue();
        Path backupFile = Path.of(written.group(1));
        assertThat(backupFile.getParent()).as("the backup is in the folder's backups/")
                .isEqualTo(folder.resolve("backups"));

        Path export = work.resolve("full-export.json");
        ok(rune.run(folder, "export", export.toString()), "export the finished folder");
        ExportedDocuments documents = ExportedDocuments.read(export);
        assertThat(documents.collection("daily_progress")).as("days in the history").hasSizeGreaterThan(100);
        assertThat(ExportedDocuments.read(backupFile).differenceFrom(documents))
                .as("the newest backup holds what the export holds").isEmpty();

        LocalDate day = dates.get(80);
        String today = ok(rune.run(folder, "today", "--date", day.toString()), "today").out();
        assertThat(today).as("today shows the skip").contains("too_tired");
        String users = ok(rune.run(folder, "users"), "users").out();
        assertThat(users.strip()).isEqualTo(USER);
        return new HistoryFolder(folder, backupFile.getFileName().toString(), export, documents, day, today, users);
    }

    /** The generated coach still waits for the tasks' approval; a person with months of history has given it. */
    static DataSet withTasksApproved(DataSet data) {
        return new DataSet(data.userGoals(), data.dailyProgress(), data.userPreferences(), data.userAnalytics(),
                data.conversationContext().stream().map(c -> new ConversationContext(c.id(),
                        c.currentConversationPhase(), List.of(), c.lastInteraction(), c.interactionCount(),
                        c.relationshipStage(), c.recentMessages())).toList());
    }

    private static LocalDate firstDayWithoutRecord(List<LocalDate> dates) {
        for (LocalDate date = dates.get(0); ; date = date.plusDays(1)) {
            if (!dates.contains(date)) {
                return date;
            }
        }
    }

    private static RuneJar.Result ok(RuneJar.Result result, String step) {
        assertThat(result.exit()).as("preparing the history folder, %s: %s", step, result.describe()).isZero();
        return result;
    }
}
