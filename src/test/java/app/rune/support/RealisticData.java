package app.rune.support;

import app.rune.model.Goal;
import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationMessage;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.DataSet;
import app.rune.model.Formality;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalRefinement;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.MessageAuthor;
import app.rune.model.MotivationType;
import app.rune.model.PendingAction;
import app.rune.model.ProgressCheckFrequency;
import app.rune.model.RelationshipStage;
import app.rune.model.ReminderSettings;
import app.rune.model.StreakRecords;
import app.rune.model.TaskEntry;
import app.rune.model.TaskTrend;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid documents for several people over many days, the way months of real use would leave them: goals with
 * tasks and an archived goal, a day per date with ticks and skips, preferences, analytics and a conversation.
 * Random but seeded, so a file is the same every time; every document passes import's checks.
 */
public final class RealisticData {
    private static final String[] TASKS = {"Run 5 km", "Read 20 pages", "Duolingo practice", "Stretch", "Write 300 words",
        "Guitar scales", "No sugar after 6pm", "Call a friend"};
    private static final String[] OBSTACLES = {"tired", "work_overtime", "time_management", "motivation", "sick",
        "travel"};
    private static final String[] NOTES = {"Felt good!", "Hard day, but done.", "Only half, still counts?",
        "Rain \u2614 so I did it indoors", "Ca\u00f1\u00f3n trip \u2014 no signal", "\u0645\u0631\u062d\u0628\u0627 from the caf\u00e9",
        "\ud83d\udcaa\ud83c\udffd streak!", ""};

    private RealisticData() {
    }

    /** {@code users} people (ids {@code prefix1}, {@code prefix2}, …), each with up to {@code days} days of progress. */
    public static DataSet generate(long seed, String prefix, int users, int days) {
        Random random = new Random(seed);
        List<UserGoals> goals = new ArrayList<>();
        List<DailyProgress> progress = new ArrayList<>();
        List<UserPreferences> preferences = new ArrayList<>();
        List<UserAnalytics> analytics = new ArrayList<>();
        List<ConversationContext> conversations = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(120));
        for (int u = 1; u <= users; u++) {
            String user = prefix + u;
            Instant created = start.atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(3600L * 24 * 3);
            List<DailyTask> tasks = new ArrayList<>();
            int taskCount = 1 + random.nextInt(4);
            for (int t = 1; t <= taskCount; t++) {
                tasks.add(new DailyTask("task_" + t, TASKS[random.nextInt(TASKS.length)], random.nextBoolean() ? "Small step" : null,
                        random.nextBoolean() ? "Done when ticked" : null, 5 + random.nextInt(60), t, created));
            }
            List<GoalRefinement> history = List.of(new GoalRefinement("I want to be fit", "Run a 10 km race",
                    "Run a 10 km race in under an hour", created));
            Goal archived = new Goal(new LongTermGoal("Learn to juggle", null, LocalDate.of(2024, 12, 31),
                    GoalStatus.ABANDONED, created.minusSeconds(86_400L * 90), created), List.of(new DailyTask("old_1",
                    "Three balls, 10 minutes", null, null, 10, 1, created.minusSeconds(86_400L * 90))), List.of());
            goals.add(new UserGoals(user, new LongTermGoal("Run a 10 km race in under an hour", "Race in the autumn",
                    start.plusDays(days + 30L), GoalStatus.ACTIVE, created, created), tasks, history,
                    random.nextBoolean() ? List.of(archived) : List.of()));

            Map<String, Integer> obstacleCounts = new LinkedHashMap<>();
            int done = 0;
            int entries = 0;
            int streak = 0;
            int longest = 0;
            LocalDate streakStart = null;
            for (int d = 0; d < days; d++) {
                if (random.nextInt(7) == 0) {
                    continue;
                }
                LocalDate date = start.plusDays(d);
                List<TaskEntry> day = new ArrayList<>();
                boolean allDone = true;
                for (DailyTask task : tasks) {
                    boolean completed = random.nextInt(4) > 0;
                    Instant at = date.atTime(7 + random.nextInt(14), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                    List<String> obstacles = completed ? List.of() : List.of(OBSTACLES[random.nextInt(OBSTACLES.length)]);
                    obstacles.forEach(o -> obstacleCounts.merge(o, 1, Integer::sum));
                    String note = NOTES[random.nextInt(NOTES.length)];
                    day.add(new TaskEntry(task.id(), task.title(), completed, completed ? at : null,
                            note.isEmpty() ? null : note, completed ? 1 + random.nextInt(5) : null,
                            completed && random.nextBoolean() ? 1 + random.nextInt(5) : null,
                            completed ? null : "ran_out_of_time", obstacles));
                    allDone &= completed;
                    done += completed ? 1 : 0;
                    entries++;
                }
                streak = allDone ? streak + 1 : 0;
                if (streak == 1) {
                    streakStart = date;
                }
                longest = Math.max(longest, streak);
                Instant checkIn = date.atTime(20, random.nextInt(60)).toInstant(ZoneOffset.UTC);
                progress.add(new DailyProgress(user + "-" + date, user, date, day, 1 + random.nextInt(5),
                        random.nextBoolean() ? "motivated" : "tired", checkIn, checkIn, random.nextInt(20) == 0 ? Boolean.TRUE : null));
            }

            preferences.add(new UserPreferences(user,
                    new CommunicationStyle(Formality.values()[random.nextInt(3)], MotivationType.values()[random.nextInt(3)],
                            "western", LocalTime.of(18 + random.nextInt(4), 0),
                            new UserTimeZone(random.nextBoolean() ? "Europe/Berlin" : "UTC+7")),
                    new ReminderSettings(random.nextBoolean(), LocalTime.of(19, 30), "friendly", ProgressCheckFrequency.DAILY),
                    new GoalPatterns(List.of("time_management"), List.of("morning_routine"), 20, 3)));

            Map<String, TaskTrend> trends = new LinkedHashMap<>();
            tasks.forEach(task -> trends.put(task.id(), new TaskTrend(1 + random.nextInt(40) / 10.0, random.nextInt(101) / 100.0)));
            analytics.add(new UserAnalytics(user, entries == 0 ? 0.0 : Math.min(1.0, done / (double) entries),
                    random.nextInt(101) / 100.0, new StreakRecords(streak, longest, streak == 0 ? null : streakStart),
                    obstacleCounts, List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), trends,
                    start.plusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC)));

            List<ConversationMessage> messages = new ArrayList<>();
            int count = random.nextInt(40);
            for (int m = 0; m < count; m++) {
                messages.add(new ConversationMessage(m % 2 == 0 ? MessageAuthor.COACH : MessageAuthor.USER,
                        m % 2 == 0 ? "check_in" : null, m % 2 == 0 ? "How did today go?" : NOTES[random.nextInt(NOTES.length - 1)],
                        created.plusSeconds(3600L * m)));
            }
            conversations.add(new ConversationContext(user, ConversationPhase.DAILY_TRACKING,
                    List.of(new PendingAction("confirm_goal_breakdown", "Approve the tasks", created)),
                    created.plusSeconds(3600L * count), count, RelationshipStage.BUILDING, messages));
        }
        return new DataSet(goals, progress, preferences, analytics, conversations);
    }
}
