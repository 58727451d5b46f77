package app.rune.ui.today;

import app.rune.model.TargetKind;
import app.rune.model.TaskSchedule;
import app.rune.model.TaskTarget;
import java.math.BigDecimal;

import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyTask;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.RelationshipStage;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import app.rune.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person with a Spanish goal and three approved daily tasks, in UTC. */
final class TodayFixture {
    static final Instant CREATED = Instant.parse("2025-06-01T10:00:00Z");

    private TodayFixture() {
    }

    static void addAna(Store store) {
        store.userPreferences().save(new UserPreferences("ana",
                new CommunicationStyle(null, null, null, null, new UserTimeZone("UTC")), null,
                new GoalPatterns(List.of("work_overtime", "tired"), List.of(), 20, 3)));
        store.userGoals().save(new UserGoals("ana",
                new LongTermGoal("Hold a 10-minute conversation in Spanish", null, LocalDate.of(2025, 12, 31),
                        GoalStatus.ACTIVE, CREATED, CREATED),
                List.of(new DailyTask("task_1", "Duolingo practice", null, "2 lessons", 20, 1, CREATED),
                        new DailyTask("task_2", "Vocabulary flashcards", null, "All cards", 15, 2, CREATED),
                        new DailyTask("task_3", "Listen to a podcast", null, "One episode", 20, 3, CREATED)),
                List.of(), List.of()));
        store.conversationContext().save(new ConversationContext("ana", ConversationPhase.DAILY_TRACKING, List.of(),
                CREATED, 3, RelationshipStage.NEW, List.of()));
    }

    /** Ana with a week that is not every day: 20 pages a day, a walk every day, a run 3 times a week. */
    static void addAnaWithPlans(Store store, DailyTask... tasks) {
        addAna(store);
        UserGoals goals = store.userGoals().findById("ana").orElseThrow();
        store.userGoals().save(new UserGoals("ana", goals.longTermGoal(), List.of(tasks), List.of(), List.of()));
    }

    static DailyTask reading() {
        return new DailyTask("read", "Read", null, null, 30, 1, CREATED, null,
                new TaskTarget(new BigDecimal("20"), "pages", TargetKind.AT_LEAST), null);
    }

    static DailyTask running() {
        return new DailyTask("run", "Run", null, null, 30, 2, CREATED, TaskSchedule.timesAWeek(3), null, null);
    }

    static DailyTask walking() {
        return new DailyTask("walk", "Walk", null, null, 20, 3, CREATED);
    }

}
