package app.rune.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.CommunicationStyle;
import app.rune.model.DailyTask;
import app.rune.model.DataSet;
import app.rune.model.GoalPatterns;
import app.rune.model.UserPreferences;
import app.rune.model.validation.Problem;
import app.rune.service.goal.GoalReview;
import app.rune.service.goal.GoalState;
import app.rune.service.goal.InvalidGoalInputException;
import app.rune.service.goal.TaskDraft;
import app.rune.service.today.InvalidCheckInException;
import app.rune.service.transfer.RestoreService;
import app.rune.support.fuzz.HostileText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever Rune accepts it must be able to restore. Hostile text (control characters and terminal escapes,
 * {@code _id}, {@code $}, dots, NUL, right-to-left marks, emoji, half a surrogate pair, empty, and lengths on every
 * limit) goes in through the services the command line and the screens use: notes, skip reasons, obstacles,
 * moods, goal wordings, task titles and criteria, usual obstacles and what helps. Each input is either refused
 * with the input error, changing nothing, or it is stored; then a backup of everything, checked as a restore
 * checks it and restored into an empty data folder, gives back exactly the same documents. Seeded; replay or
 * extend with {@code -Drune.hostile.seed=...} and {@code -Drune.hostile.rounds=...}.
 */
class HostileTextRoundTripTest {
    private static final Instant NOW = Instant.parse("2025-07-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final int STEPS = 12;

    @TempDir
    Path temp;

    private Random random;
    private int accepted;
    private int refused;
    /** The documents before the service call being tried: a refusal must leave exactly these. */
    private DataSet before;

    @Test
    void everyInputIsRefusedOrRestoredExactlyFromABackup() throws Exception {
        long seed = Long.getLong("rune.hostile.seed", 20250701L);
        int rounds = Integer.getInteger("rune.hostile.rounds", 25);
        random = new Random(seed);
        for (int round = 0; round < rounds; round++) {
            try (RuneSession session = RuneSession.open(temp.resolve("data-" + round), Clock.fixed(NOW, ZoneOffset.UTC))) {
                startWithAGoal(session);
                for (int step = 0; step < STEPS; step++) {
                    before = session.store().readAll();
                    String tried = attempt(session);
                    if (tried != null) {
                        refused++;
                        assertThat(session.store().readAll()).as("refused (%s), so nothing changed; seed %d round %d",
                                tried, seed, round).isEqualTo(before);
                    } else {
                        accepted++;
                    }
                }
                assertABackupRestoresExactly(session, round, seed);
            }
        }
        System.out.println("hostile text: " + accepted + " accepted, " + refused + " refused");
        assertThat(accepted).as("inputs accepted and then restored").isGreaterThan(rounds * STEPS / 4);
        assertThat(refused).as("inputs refused").isGreaterThan(rounds);
    }

    private static void startWithAGoal(RuneSession session) {
        session.users().ensureUser("ana");
        GoalReview review = session.goals().review("ana", "I want to learn Spanish", null);
        session.goals().acceptRefinement("ana", review, "Hold a 10-minute conversation in Spanish",
                review.proposedDescription(), TODAY.plusMonths(6));
        session.goals().saveTasks("ana", List.of(new TaskDraft(null, "Duolingo practice", null, "2 lessons", 20),
                new TaskDraft(null, "Flashcards", null, null, 15)));
    }

    /** One random input through one service; the refusal's message when it was refused, else null. */
    private String attempt(RuneSession session) {
        String user = "ana";
        LocalDate date = random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(5));
        List<DailyTask> tasks = session.goals().approvedTasks(user);
        String task = random.nextInt(6) == 0 || tasks.isEmpty() ? HostileText.next(random)
                : tasks.get(random.nextInt(tasks.size())).id();
        try {
            switch (random.nextInt(8)) {
                case 0, 1 -> session.checkIns().skip(user, date, task, text(), obstacles(), random.nextBoolean()
                        ? null : text());
                case 2 -> session.checkIns().describe(user, date, task, text(), rating(), rating());
                case 3 -> session.checkIns().checkIn(user, date, 1 + random.nextInt(5), text(), random.nextBoolean());
                case 4 -> session.checkIns().setCompleted(user, date, task, random.nextBoolean());
                case 5 -> {
                    List<Problem> problems = session.settings().save(preferences(session.settings().load(user)));
                    return problems.isEmpty() ? null : problems.get(0).toString();
                }
                case 6 -> newWording(session, user);
                default -> newTasks(session, user);
            }
            session.analytics().save(session.analytics().compute(user, TODAY));
            return null;
        } catch (InvalidCheckInException | InvalidGoalInputException e) {
            return e.getMessage().substring(0, Math.min(200, e.getMessage().length()));
        }
    }

    private void newWording(RuneSession session, String user) {
        GoalReview review = session.goals().review(user, text(), null);
        before = session.store().readAll(); // the review is a call of its own, and it was accepted
        session.goals().acceptRefinement(user, review, random.nextBoolean() ? text() : review.proposedWording(),
                random.nextBoolean() ? text() : review.proposedDescription(), TODAY.plusDays(1 + random.nextInt(300)));
    }

    private void newTasks(RuneSession session, String user) {
        GoalState state = session.goals().load(user);
        List<TaskDraft> drafts = new ArrayList<>();
        state.userGoals().orElseThrow().dailyTasks().forEach(t -> drafts.add(new TaskDraft(t.id(),
                random.nextBoolean() ? text() : t.title(), text(), text(), 1 + random.nextInt(60))));
        drafts.add(new TaskDraft(null, text(), null, text(), 10));
        session.goals().saveTasks(user, drafts.subList(0, Math.min(drafts.size(), 3)));
    }

    private UserPreferences preferences(UserPreferences current) {
        CommunicationStyle style = current.communicationStyle();
        GoalPatterns patterns = current.goalPatterns();
        return new UserPreferences(current.id(),
                new CommunicationStyle(style.formality(), style.motivationType(), random.nextBoolean() ? text() : null,
                        style.preferredCheckInTime(), style.timezone()),
                current.reminderSettings(),
                new GoalPatterns(obstacles(), obstacles(), patterns.preferredTaskDuration(), patterns.maxDailyTasks()));
    }

    private String text() {
        return HostileText.next(random);
    }

    private List<String> obstacles() {
        List<String> obstacles = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            obstacles.add(text());
        }
        return obstacles;
    }

    private Integer rating() {
        return random.nextInt(4) == 0 ? null : random.nextInt(7);
    }

    /** A backup of everything (file, and export to a stream) is read back by restore as exactly the same. */
    private void assertABackupRestoresExactly(RuneSession session, int round, long seed) throws Exception {
        DataSet stored = session.store().readAll();
        Path backup = session.backups().to(temp.resolve("backup-" + round + ".json"));
        DataSet checked = session.restorer().check(backup);
        assertThat(sorted(checked)).as("the backup, as restore reads it; seed %d round %d", seed, round)
                .isEqualTo(sorted(stored));
        try (RuneSession fresh = RuneSession.open(temp.resolve("restored-" + round), Clock.fixed(NOW,
                ZoneOffset.UTC))) {
            fresh.restorer().restore(checked);
            assertThat(sorted(fresh.store().readAll())).as("restored into an empty data folder; seed %d round %d",
                    seed, round).isEqualTo(sorted(stored));
        }
    }

    /** The documents in _id order: the store and a file may list them in different orders. */
    private static DataSet sorted(DataSet data) {
        return new DataSet(
                data.userGoals().stream().sorted(Comparator.comparing(d -> d.id())).toList(),
                data.dailyProgress().stream().sorted(Comparator.comparing(d -> d.id())).toList(),
                data.userPreferences().stream().sorted(Comparator.comparing(d -> d.id())).toList(),
                data.userAnalytics().stream().sorted(Comparator.comparing(d -> d.id())).toList(),
                data.conversationContext().stream().sorted(Comparator.comparing(d -> d.id())).toList());
    }
}
