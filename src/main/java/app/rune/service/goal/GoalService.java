package app.rune.service.goal;

import app.rune.model.Goal;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyTask;
import app.rune.model.GoalPatterns;
import app.rune.model.GoalRefinement;
import app.rune.model.GoalStatus;
import app.rune.model.LongTermGoal;
import app.rune.model.TaskSchedule;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.service.coach.Coach;
import app.rune.service.coach.CoachIntent;
import app.rune.service.conversation.ConversationService;
import app.rune.service.user.NewUserDefaults;
import app.rune.service.user.UserZone;
import app.rune.store.AtomicChanges;
import app.rune.store.DocumentRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The person's goal: reviewing a wish with the coach, accepting a wording (every round kept in the history),
 * the daily tasks the coach proposes and the person approves, and the goal's status. Nothing the person wrote
 * is ever dropped: a new goal moves the old one, with its tasks and history, to {@code archived_goals}.
 */
public final class GoalService {
    static final String BREAKDOWN_CONTEXT = "User needs to approve daily tasks before activation";

    private final DocumentRepository<UserGoals> goals;
    private final DocumentRepository<UserPreferences> preferences;
    private final ConversationService conversation;
    private final GoalReviewer reviewer;
    private final TaskPlanner planner;
    private final Coach coach;
    private final AtomicChanges changes;
    private final Clock clock;

    /** @param changes makes each of the person's actions one commit (the goal with what the coach says of it) */
    public GoalService(DocumentRepository<UserGoals> goals, DocumentRepository<UserPreferences> preferences,
            ConversationService conversation, GoalReviewer reviewer, TaskPlanner planner, Coach coach,
            AtomicChanges changes, Clock clock) {
        this.goals = goals;
        this.changes = changes;
        this.preferences = preferences;
        this.conversation = conversation;
        this.reviewer = reviewer;
        this.planner = planner;
        this.coach = coach;
        this.clock = clock;
    }

    public GoalState load(String userId) {
        Optional<UserPreferences> prefs = preferences.findById(userId);
        return new GoalState(userId, goals.findById(userId).orElse(null), limits(prefs),
                conversation.isPending(userId, ConversationService.CONFIRM_GOAL_BREAKDOWN),
                UserZone.today(prefs, clock));
    }

    /**
     * The tasks the person agreed to, most important first: none while the coach still waits for their approval
     * of a proposal, and none without an active goal (a paused goal rests its tasks too).
     */
    public List<DailyTask> approvedTasks(String userId) {
        if (conversation.isPending(userId, ConversationService.CONFIRM_GOAL_BREAKDOWN)) {
            return List.of();
        }
        return goals.findById(userId)
                .filter(g -> g.longTermGoal() != null && g.longTermGoal().status() == GoalStatus.ACTIVE)
                .map(g -> g.dailyTasks().stream()
                        .sorted(Comparator.comparing(DailyTask::priority,
                                Comparator.nullsLast(Integer::compare)))
                        .toList())
                .orElse(List.of());
    }

    /** The coach's review of {@code wish}; {@code chosenDate} is a date the person already picked, or null. */
    public GoalReview review(String userId, String wish, LocalDate chosenDate) {
        GoalInputRules.wish(wish).ifPresent(problem -> {
            throw new InvalidGoalInputException(problem);
        });
        Optional<UserPreferences> prefs = preferences.findById(userId);
        GoalReview review = reviewer.review(wish.strip(), chosenDate, limits(prefs), UserZone.today(prefs, clock));
        changes.inOneCommit(() -> {
            conversation.recordExchange(userId);
            coach.says(userId, CoachIntent.GOAL_REVIEW, Map.of("goal", review.proposedWording(),
                    "missing", review.findings().stream().filter(f -> !f.met()).count()));
        });
        return review;
    }

    /**
     * Accepts {@code finalWording} and {@code description} (the coach's proposals as the person edited them; an
     * empty description is none). An active or paused goal is re-worded and keeps its tasks; otherwise this starts
     * a new goal, archives the finished one, and the coach proposes daily tasks that wait for the person's approval.
     */
    public GoalState acceptRefinement(String userId, GoalReview review, String finalWording, String description,
            LocalDate targetDate) {
        return changes.inOneCommit(() -> refine(userId, review, finalWording, description, targetDate));
    }

    /** Says in the person's words what reaching the current goal looks like; empty says nothing. */
    public GoalState describe(String userId, String description) {
        return changes.inOneCommit(() -> {
            require(GoalInputRules.goalDescription(description));
            UserGoals current = goals.findById(userId).filter(g -> isOpen(g.longTermGoal()))
                    .orElseThrow(() -> new IllegalStateException("no open goal to describe"));
            LongTermGoal goal = current.longTermGoal();
            goals.save(new UserGoals(userId, new LongTermGoal(goal.title(), blankToNull(description),
                    goal.targetDate(), goal.status(), goal.createdAt(), now()), current.dailyTasks(),
                    current.goalRefinementHistory(), current.archivedGoals()));
            return load(userId);
        });
    }

    private GoalState refine(String userId, GoalReview review, String finalWording, String description,
            LocalDate targetDate) {
        GoalState state = load(userId);
        require(GoalInputRules.goalTitle(finalWording));
        require(GoalInputRules.goalDescription(description));
        require(GoalInputRules.targetDate(targetDate, state.today()));
        Instant now = now();
        String title = finalWording.strip();
        String described = blankToNull(description);
        GoalRefinement round = new GoalRefinement(review.original(), review.proposedWording(), title, now);
        Optional<UserGoals> existing = state.userGoals();
        if (existing.isPresent() && isOpen(existing.get().longTermGoal())) {
            UserGoals current = existing.get();
            LongTermGoal goal = current.longTermGoal();
            LongTermGoal reworded = new LongTermGoal(title, described, targetDate, goal.status(),
                    goal.createdAt(), now);
            goals.save(new UserGoals(userId, reworded, current.dailyTasks(),
                    append(current.goalRefinementHistory(), round), current.archivedGoals()));
            conversation.recordExchange(userId);
            return load(userId);
        }
        List<Goal> archived = new ArrayList<>();
        existing.ifPresent(old -> {
            archived.addAll(old.archivedGoals());
            archived.add(new Goal(old.longTermGoal(), old.dailyTasks(), old.goalRefinementHistory()));
        });
        List<DailyTask> proposed = toTasks(planner.propose(title, review.kind(), state.limits()),
                usedTaskIds(existing), now);
        // The wait for approval and the tasks are one commit: unapproved tasks never count as agreed.
        conversation.awaitAction(userId, ConversationPhase.GOAL_SETTING, ConversationService.CONFIRM_GOAL_BREAKDOWN,
                BREAKDOWN_CONTEXT);
        LongTermGoal goal = new LongTermGoal(title, described, targetDate, GoalStatus.ACTIVE, now, now);
        goals.save(new UserGoals(userId, goal, proposed, List.of(round), archived));
        coach.says(userId, CoachIntent.TASK_PROPOSAL, Map.of("goal", title, "count", proposed.size()));
        return load(userId);
    }

    /**
     * Stores the daily tasks as the person left them (order = priority) and, if the coach was waiting for it,
     * approves the breakdown: the conversation moves on to daily tracking and the tasks reach the Today screen.
     */
    public GoalState saveTasks(String userId, List<TaskDraft> drafts) {
        return changes.inOneCommit(() -> storeTasks(userId, drafts));
    }

    private GoalState storeTasks(String userId, List<TaskDraft> drafts) {
        GoalState state = load(userId);
        UserGoals current = state.userGoals().filter(g -> g.longTermGoal() != null)
                .orElseThrow(() -> new IllegalStateException("no goal to attach tasks to"));
        require(GoalInputRules.taskCount(drafts.stream().map(TaskDraft::schedule).toList(),
                state.limits().maxDailyTasks()));
        for (TaskDraft draft : drafts) {
            require(GoalInputRules.taskTitle(draft.title()));
            require(GoalInputRules.minutes(draft.minutes()));
            require(GoalInputRules.taskText(draft.description()));
            require(GoalInputRules.taskText(draft.successCriteria()));
        }
        Map<String, DailyTask> before = new HashMap<>();
        current.dailyTasks().forEach(t -> before.put(t.id(), t));
        Set<String> used = usedTaskIds(Optional.of(current));
        Instant now = now();
        List<DailyTask> tasks = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TaskDraft draft = drafts.get(i);
            DailyTask kept = draft.id() == null ? null : before.get(draft.id());
            String id = kept != null ? kept.id() : nextTaskId(used);
            used.add(id);
            // A kept task keeps its earlier schedules; a changed schedule applies from today, so the days before
            // are still judged by the one they had.
            DailyTask task = new DailyTask(id, draft.title().strip(), blankToNull(draft.description()),
                    blankToNull(draft.successCriteria()), draft.minutes(), i + 1, kept != null ? kept.createdAt() : now,
                    kept != null ? kept.schedule() : null, draft.target(),
                    kept != null ? kept.earlierSchedules() : null);
            tasks.add(kept != null ? task.withSchedule(draft.schedule(), today(userId)) : new DailyTask(id,
                    task.title(), task.description(), task.successCriteria(), task.estimatedTime(), task.priority(),
                    task.createdAt(), normal(draft.schedule()), draft.target(), null));
        }
        goals.save(new UserGoals(userId, current.longTermGoal(), tasks, current.goalRefinementHistory(),
                current.archivedGoals()));
        if (state.awaitingApproval()) {
            conversation.settleAction(userId, ConversationService.CONFIRM_GOAL_BREAKDOWN,
                    ConversationPhase.DAILY_TRACKING);
        }
        return load(userId);
    }

    /** Pauses, resumes, completes or abandons the goal; a completed or abandoned goal stays as it is. */
    public GoalState changeStatus(String userId, GoalStatus status) {
        UserGoals current = goals.findById(userId).filter(g -> g.longTermGoal() != null)
                .orElseThrow(() -> new IllegalStateException("no goal to change"));
        LongTermGoal goal = current.longTermGoal();
        if (!isOpen(goal)) {
            throw new IllegalStateException("a " + goal.status() + " goal cannot change; start a new one");
        }
        if (goal.status() != status) {
            LongTermGoal changed = new LongTermGoal(goal.title(), goal.description(), goal.targetDate(), status,
                    goal.createdAt(), now());
            goals.save(new UserGoals(userId, changed, current.dailyTasks(), current.goalRefinementHistory(),
                    current.archivedGoals()));
        }
        return load(userId);
    }

    /** Every day is the default, which the file leaves out. */
    private static TaskSchedule normal(TaskSchedule schedule) {
        return schedule == null || schedule.everyDay() ? null : schedule;
    }

    private LocalDate today(String userId) {
        return UserZone.today(preferences.findById(userId), clock);
    }

    static boolean isOpen(LongTermGoal goal) {
        return goal != null && (goal.status() == GoalStatus.ACTIVE || goal.status() == GoalStatus.PAUSED);
    }

    private static PlanningLimits limits(Optional<UserPreferences> prefs) {
        Optional<GoalPatterns> patterns = prefs.map(UserPreferences::goalPatterns);
        int minutes = patterns.map(GoalPatterns::preferredTaskDuration).orElse(NewUserDefaults.TASK_MINUTES);
        int max = patterns.map(GoalPatterns::maxDailyTasks).orElse(NewUserDefaults.MAX_DAILY_TASKS);
        return new PlanningLimits(minutes, max);
    }

    private List<DailyTask> toTasks(List<ProposedTask> proposals, Set<String> used, Instant now) {
        List<DailyTask> tasks = new ArrayList<>();
        for (ProposedTask proposal : proposals) {
            String id = nextTaskId(used);
            used.add(id);
            tasks.add(new DailyTask(id, proposal.title(), proposal.description(), proposal.successCriteria(),
                    proposal.minutes(), tasks.size() + 1, now, proposal.schedule(), proposal.target(), null));
        }
        return tasks;
    }

    /**
     * Ids already given to any task of this person, archived ones included: progress history refers to tasks by
     * id, so an id is never handed out twice.
     */
    private static Set<String> usedTaskIds(Optional<UserGoals> goals) {
        Set<String> used = new HashSet<>();
        goals.ifPresent(g -> {
            g.dailyTasks().forEach(t -> used.add(t.id()));
            g.archivedGoals().forEach(a -> a.dailyTasks().forEach(t -> used.add(t.id())));
        });
        return used;
    }

    private static String nextTaskId(Set<String> used) {
        int n = 1;
        while (used.contains("task_" + n)) {
            n++;
        }
        return "task_" + n;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void require(Optional<InputProblem> problem) {
        problem.ifPresent(p -> {
            throw new InvalidGoalInputException(p);
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
