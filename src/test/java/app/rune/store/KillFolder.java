package app.rune.store;

import java.math.BigDecimal;
import app.rune.model.UserGoals;
import app.rune.model.TaskTarget;
import app.rune.model.TargetKind;
import app.rune.model.DailyTask;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.DailyProgress;
import app.rune.model.DataSet;
import app.rune.model.TaskEntry;
import app.rune.model.json.RuneJson;
import app.rune.support.RealisticData;
import app.rune.support.RuneJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The data folder every round of {@link KilledCommandIT} starts from, made through the jar: two months of one
 * person's history in which task {@link #task} is skipped on {@link #checkDay} (reason, obstacle, notes "before",
 * difficulty and satisfaction 2/2), done with notes on {@link #skipDay}, and checked in on {@link #checkInDay};
 * then a backup ({@link #backup}, kept outside the folder), then two more changes so that restoring the backup
 * changes something. {@link #importFile} holds a second person and a new version of one of the first person's
 * days, for the import rounds. The folder has no lock file or log yet, so a round can tell whether a killed
 * command got as far as touching it.
 */
record KillFolder(Path folder, Path backup, Path importFile, String user, String task, LocalDate checkDay,
        LocalDate skipDay, LocalDate checkInDay, LocalDate measureDay) {
    private static final long SEED = 20_250_701L;
    private static final int DAYS = 70;

    static KillFolder make(RuneJar rune, Path work) throws Exception {
        // The first task is measured (at least 20 pages), so a killed `check --amount` is tried too.
        DataSet generated = measured(HistoryFolder.withTasksApproved(RealisticData.generate(SEED, "kill", 1, DAYS)));
        String user = generated.userGoals().get(0).id();
        String task = generated.userGoals().get(0).dailyTasks().get(0).id();
        List<LocalDate> dates = generated.dailyProgress().stream().map(DailyProgress::date).sorted().toList();
        LocalDate checkDay = dates.get(10);
        LocalDate skipDay = dates.get(20);
        LocalDate checkInDay = dates.get(30);
        LocalDate measureDay = dates.get(25);
        Instant noon = skipDay.atTime(12, 0).toInstant(ZoneOffset.UTC);
        DataSet start = withDays(generated, day -> {
            if (day.date().equals(checkDay)) {
                return withEntry(day, task, e -> new TaskEntry(e.taskId(), e.taskTitle(), false, null, "before", 2, 2,
                        "ran_out_of_time", List.of("work_overtime")));
            }
            if (day.date().equals(skipDay)) {
                return withEntry(day, task, e -> new TaskEntry(e.taskId(), e.taskTitle(), true, noon, "done before",
                        3, 4, null, List.of()));
            }
            if (day.date().equals(checkInDay)) {
                return new DailyProgress(day.id(), day.userId(), day.date(), day.tasks(), 2, "tired", noon,
                        day.createdAt(), null);
            }
            return day;
        });
        Path startFile = work.resolve("kill-start.json");
        Files.writeString(startFile, RuneJson.newMapper().writeValueAsString(start));

        Path folder = work.resolve("kill-start");
        ok(rune.run(folder, "import", startFile.toString()), "import");
        Path backup = work.resolve("kill-backup.json");
        ok(rune.run(folder, "backup", backup.toString()), "backup");
        ok(rune.run(folder, "checkin", "--date", dates.get(40).toString(), "--day-rating", "5", "--mood", "calm"),
                "checkin after the backup");
        ok(rune.run(folder, "skip", task, "--date", dates.get(45).toString(), "--reason", "forgot"),
                "skip after the backup");
        Files.deleteIfExists(folder.resolve("rune.lock"));
        Files.deleteIfExists(folder.resolve("rune.log"));

        // A second person, and the first person's day 50 again with another mood: all of it, or none.
        DataSet guest = HistoryFolder.withTasksApproved(RealisticData.generate(SEED + 1, "guest", 1, DAYS));
        List<DailyProgress> progress = new ArrayList<>(guest.dailyProgress());
        DailyProgress replaced = start.dailyProgress().stream().filter(d -> d.date().equals(dates.get(50)))
                .findFirst().orElseThrow();
        progress.add(new DailyProgress(replaced.id(), replaced.userId(), replaced.date(), replaced.tasks(), 1,
                "imported", replaced.checkInTime(), replaced.createdAt(), null));
        Path importFile = work.resolve("kill-import.json");
        Files.writeString(importFile, RuneJson.newMapper().writeValueAsString(new DataSet(guest.userGoals(), progress,
                guest.userPreferences(), guest.userAnalytics(), guest.conversationContext())));
        return new KillFolder(folder, backup, importFile, user, task, checkDay, skipDay, checkInDay, measureDay);
    }

    private static DataSet measured(DataSet data) {
        UserGoals goals = data.userGoals().get(0);
        List<DailyTask> tasks = new ArrayList<>(goals.dailyTasks());
        tasks.set(0, tasks.get(0).withTarget(new TaskTarget(BigDecimal.valueOf(20), "pages", TargetKind.AT_LEAST)));
        List<UserGoals> all = new ArrayList<>(data.userGoals());
        all.set(0, new UserGoals(goals.id(), goals.longTermGoal(), tasks, goals.goalRefinementHistory(),
                goals.archivedGoals()));
        return new DataSet(all, data.dailyProgress(), data.userPreferences(), data.userAnalytics(),
                data.conversationContext());
    }

    private static DataSet withDays(DataSet data, UnaryOperator<DailyProgress> change) {
        return new DataSet(data.userGoals(), data.dailyProgress().stream().map(change).toList(),
                data.userPreferences(), data.userAnalytics(), data.conversationContext());
    }

    private static DailyProgress withEntry(DailyProgress day, String task, UnaryOperator<TaskEntry> change) {
        assertThat(day.tasks()).as("the generated day %s has task %s", day.date(), task)
                .anyMatch(e -> e.taskId().equals(task));
        return new DailyProgress(day.id(), day.userId(), day.date(),
                day.tasks().stream().map(e -> e.taskId().equals(task) ? change.apply(e) : e).toList(),
                day.overallDayRating(), day.moodAfterTasks(), day.checkInTime(), day.createdAt(), day.restDay());
    }

    private static void ok(RuneJar.Result result, String step) {
        assertThat(result.exit()).as("preparing the folder for the kill rounds, %s: %s", step, result.describe())
                .isZero();
    }
}
