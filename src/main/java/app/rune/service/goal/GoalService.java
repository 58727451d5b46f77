package app.rune.service.goal;

import app.rune.model.Goal;
import app.rune.model.PlacedGoal;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The person's goals: reviewing a wish with the coach, accepting a wording (every round kept in the history),
 * the daily tasks the coach proposes and the person approves, each goal's status, and which goal is in focus.
 * Nothing the person wrote is ever dropped: a goal achieved or abandoned moves, with its tasks and history, to
 * {@code archived_goals}. Every goal it writes carries its {@code goal_id}.
 */
public final class GoalService {

    private final DocumentRepository<UserGoals> goals;
    private final DocumentRepository<UserPreferences> preferences;
    private final ConversationService conversation;
    private final GoalReviewer reviewer;
    private final TaskPlanner planner;
    private final Coach coach;
    private final ApprovalWaits waits;
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
        this.waits = new ApprovalWaits(conversation);
        this.reviewer = reviewer;
        this.planner = planner;
        this.coach = coach;
        this.clock = clock;
    }

    /** The person's goals, showing the focus goal. */
    public GoalState load(String userId) {
        return load(userId, null);
    }

    /** The person's goals, showing {@code goalId} (the focus goal when it is null or no longer a current goal). */
    public GoalState load(String userId, String goalId) {
        Optional<UserPreferences> prefs = preferences.findById(userId);
        UserGoals document = goals.findById(userId).orElse(null);
        String shown = null;
        if (document != null) {
            List<PlacedGoal> current = document.currentGoals();
            shown = current.stream().map(PlacedGoal::id).filter(id -> id.equals(goalId)).findFirst()
                    .orElse(current.isEmpty() ? null : current.get(0).id());
        }
        return new GoalState(userId, document, limits(prefs), waits.awaiting(userId, document),
                UserZone.today(prefs, clock), shown);
    }

    /**
     * The tasks the person agreed to, by goal: the focus goal's first, then the other current ones in their
     * order, each goal's by priority. A goal whose tasks still wait for the person's approval has none yet, nor
     * has a paused goal (it rests its tasks).
     */
    public List<TaskGroup> approvedGoals(String userId) {
        Optional<UserGoals> document = goals.findById(userId);
        if (document.isEmpty()) {
            return List.of();
        }
        Set<String> awaiting = waits.awaiting(userId, document.get());
        return document.get().currentGoals().stream()
                .filter(g -> g.isActive() && !awaiting.contains(g.id()))
                .map(g -> new TaskGroup(g.id(), g.title(), g.isFocus(), g.goal().dailyTasks().stream()
                        .sorted(Comparator.comparing(DailyTask::priority, Comparator.nullsLast(Integer::compare)))
                        .toList()))
                .toList();
    }

    /** The tasks of {@link #approvedGoals}, in the same order, without their goals. */
    public List<DailyTask> approvedTasks(String userId) {
        return approvedGoals(userId).stream().flatMap(g -> g.tasks().stream()).toList();
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
     * As {@link #acceptRefinement(String, String, GoalReview, String, String, LocalDate)} for the focus goal
     * while it is active or paused, otherwise for a new goal.
     */
    public GoalState acceptRefinement(String userId, GoalReview review, String finalWording, String description,
            LocalDate targetDate) {
        String focus = goals.findById(userId).flatMap(UserGoals::focus)
                .filter(g -> g.longTermGoal().isOpen()).map(g -> focusId(userId)).orElse(null);
        return acceptRefinement(userId, focus, review, finalWording, description, targetDate);
    }

    /**
     * Accepts {@code finalWording} and {@code description} (the coach's proposals as the person edited them; an
     * empty description is none) for the current goal {@code goalId}, which is re-worded and keeps its tasks; or,
     * when {@code goalId} is null, starts a new goal, whose tasks the coach proposes and which wait for the
     * person's approval. A new goal is the focus one when no goal is open (a finished focus goal is archived),
     * otherwise it goes beside the others, up to {@link UserGoals#MAX_CURRENT_GOALS}.
     */
    public GoalState acceptRefinement(String userId, String goalId, GoalReview review, String finalWording,
            String description, LocalDate targetDate) {
        return changes.inOneCommit(() -> refine(userId, goalId, review, finalWording, description, targetDate));
    }

    /** Says in the person's words what reaching the focus goal looks like; empty says nothing. */
    public GoalState describe(String userId, String description) {
        return describe(userId, focusId(userId), description);
    }

    /** Says in the person's words what reaching goal {@code goalId} looks like; empty says nothing. */
    public GoalState describe(String userId, String goalId, String description) {
        return changes.inOneCommit(() -> {
            require(GoalInputRules.goalDescription(description));
            UserGoals document = document(userId);
            PlacedGoal placed = openGoal(document, goalId, "describe");
            LongTermGoal goal = placed.longTermGoal();
            goals.save(document.replacing(placed.id(), placed.goal().withLongTermGoal(new LongTermGoal(goal.title(),
                    blankToNull(description), goal.targetDate(), goal.status(), goal.createdAt(), now(), placed.id()))));
            return load(userId, placed.id());
        });
    }

    private GoalState refine(String userId, String goalId, GoalReview review, String finalWording,
            String description, LocalDate targetDate) {
        GoalState state = load(userId);
        require(GoalInputRules.goalTitle(finalWording));
        require(GoalInputRules.goalDescription(description));
        require(GoalInputRules.targetDate(targetDate, state.today()));
        Instant now = now();
        String title = finalWording.strip();
        String described = blankToNull(description);
        GoalRefinement round = new GoalRefinement(review.original(), review.proposedWording(), title, now);
        if (goalId != null) {
            UserGoals document = document(userId);
            PlacedGoal placed = openGoal(document, goalId, "refine");
            LongTermGoal goal = placed.longTermGoal();
            LongTermGoal reworded = new LongTermGoal(title, described, targetDate, goal.status(),
                    goal.createdAt(), now, placed.id());
            goals.save(document.replacing(placed.id(), new Goal(reworded, placed.goal().dailyTasks(),
                    append(placed.goal().goalRefinementHistory(), round))));
            conversation.recordExchange(userId);
            return load(userId, placed.id());
        }
        if (!state.roomForAnotherGoal()) {
            throw new InvalidGoalInputException(InputProblem.of("goal.error.tooManyGoals",
                    UserGoals.MAX_CURRENT_GOALS));
        }
        Optional<UserGoals> existing = state.userGoals().map(UserGoals::withIds);
        List<PlacedGoal> before = existing.map(UserGoals::goals).orElse(List.of());
        String newId = GoalPlaces.nextId(before);
        TaskIds ids = TaskIds.of(existing);
        List<DailyTask> proposed = toTasks(planner.propose(title, review.kind(), state.limits()), ids, now);
        Goal goal = new Goal(new LongTermGoal(title, described, targetDate, GoalStatus.ACTIVE, now, now, newId),
                proposed, List.of(round));
        List<PlacedGoal> placed = GoalPlaces.withNew(before, newId, goal);
        // The wait for approval and the tasks are one commit: unapproved tasks never count as agreed.
        waits.await(userId, newId, placed.get(0).id());
        goals.save(empty(userId).rebuild(placed));
        coach.says(userId, CoachIntent.TASK_PROPOSAL, Map.of("goal", title, "count", proposed.size()));
        return load(userId, newId);
    }

    /** As {@link #saveTasks(String, String, List)} for the focus goal. */
    public GoalState saveTasks(String userId, List<TaskDraft> drafts) {
        return saveTasks(userId, focusId(userId), drafts);
    }

    /**
     * Stores goal {@code goalId}'s daily tasks as the person left them (order = priority) and, if the coach was
     * waiting for it, approves them: the conversation moves on to daily tracking and the tasks reach Today.
     */
    public GoalState saveTasks(String userId, String goalId, List<TaskDraft> drafts) {
        return changes.inOneCommit(() -> storeTasks(userId, goalId, drafts));
    }

    private GoalState storeTasks(String userId, String goalId, List<TaskDraft> drafts) {
        GoalState state = load(userId, goalId);
        UserGoals document = document(userId);
        PlacedGoal placed = document.goal(goalId).filter(g -> g.place().current())
                .orElseThrow(() -> new IllegalStateException("no current goal " + goalId + " to attach tasks to"));
        require(GoalInputRules.taskCount(drafts.stream().map(TaskDraft::schedule).toList(),
                state.limits().maxDailyTasks()));
        for (TaskDraft draft : drafts) {
            require(GoalInputRules.taskTitle(draft.title()));
            require(GoalInputRules.minutes(draft.minutes()));
            require(GoalInputRules.taskText(draft.description()));
            require(GoalInputRules.taskText(draft.successCriteria()));
        }
        Map<String, DailyTask> before = new HashMap<>();
        placed.goal().dailyTasks().forEach(t -> before.put(t.id(), t));
        TaskIds ids = TaskIds.of(Optional.of(document));
        Instant now = now();
        List<DailyTask> tasks = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TaskDraft draft = drafts.get(i);
            DailyTask kept = draft.id() == null ? null : before.get(draft.id());
            String id = kept != null ? kept.id() : ids.next();
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
        goals.save(document.withIds().replacing(placed.id(), placed.goal().withTasks(tasks)
                .withLongTermGoal(placed.longTermGoal().withGoalId(placed.id()))));
        if (state.awaitingApproval()) {
            waits.settle(userId, placed.id(), document, ConversationPhase.DAILY_TRACKING);
        }
        return load(userId, placed.id());
    }

    /** As {@link #changeStatus(String, String, GoalStatus)} for the focus goal. */
    public GoalState changeStatus(String userId, GoalStatus status) {
        return changeStatus(userId, focusId(userId), status);
    }

    /**
     * Pauses, resumes, achieves or abandons goal {@code goalId}; an achieved or abandoned goal stays as it is. One
     * achieved or abandoned beside others moves to the earlier goals (the focus goal's place goes to the next
     * current one); the only current goal stays where it is until the next one starts.
     */
    public GoalState changeStatus(String userId, String goalId, GoalStatus status) {
        return changes.inOneCommit(() -> {
            UserGoals document = document(userId);
            PlacedGoal placed = document.goal(goalId).filter(g -> g.place().current())
                    .orElseThrow(() -> new IllegalStateException("no current goal " + goalId + " to change"));
            LongTermGoal goal = placed.longTermGoal();
            if (!goal.isOpen()) {
                throw new IllegalStateException("a " + goal.status() + " goal cannot change; start a new one");
            }
            if (goal.status() == status) {
                return load(userId, placed.id());
            }
            Goal changed = placed.goal().withLongTermGoal(new LongTermGoal(goal.title(), goal.description(),
                    goal.targetDate(), status, goal.createdAt(), now(), placed.id()));
            boolean ended = status == GoalStatus.COMPLETED || status == GoalStatus.ABANDONED;
            if (ended && document.currentGoals().size() > 1) {
                waits.settle(userId, placed.id(), document, null);
            }
            goals.save(document.rebuild(GoalPlaces.withChanged(document.withIds().goals(), placed.id(), changed,
                    ended)));
            return load(userId, ended ? null : placed.id());
        });
    }

    /**
     * Makes the current goal {@code goalId} the focus goal: the coach speaks of it, Today lists it first. The
     * goal in focus before takes its place among the others.
     */
    public GoalState makeFocus(String userId, String goalId) {
        return changes.inOneCommit(() -> {
            UserGoals document = document(userId).withIds();
            PlacedGoal chosen = document.goal(goalId).filter(g -> g.place().current())
                    .orElseThrow(() -> new IllegalStateException("no current goal " + goalId));
            if (chosen.isFocus()) {
                return load(userId, goalId);
            }
            // A wait that names no goal is about the focus goal: it names the one it was about now.
            waits.pinTo(userId, document.goals().get(0).id());
            goals.save(document.rebuild(GoalPlaces.focusedOn(document.goals(), chosen)));
            return load(userId, goalId);
        });
    }

    /** The id of the focus goal; null before the first goal. */
    private String focusId(String userId) {
        return goals.findById(userId).map(g -> g.currentGoals().isEmpty() ? null : g.currentGoals().get(0).id())
                .orElse(null);
    }

    private UserGoals document(String userId) {
        return goals.findById(userId).orElseThrow(() -> new IllegalStateException("no goals yet"));
    }

    private UserGoals empty(String userId) {
        return new UserGoals(userId, null, List.of(), List.of(), List.of(), List.of());
    }

    private static PlacedGoal openGoal(UserGoals document, String goalId, String what) {
        return document.goal(goalId).filter(g -> g.place().current() && g.longTermGoal().isOpen())
                .orElseThrow(() -> new IllegalStateException("no open goal " + goalId + " to " + what));
    }

    /** Every day is the default, which the file leaves out. */
    private static TaskSchedule normal(TaskSchedule schedule) {
        return schedule == null || schedule.everyDay() ? null : schedule;
    }

    private LocalDate today(String userId) {
        return UserZone.today(preferences.findById(userId), clock);
    }

    private static PlanningLimits limits(Optional<UserPreferences> prefs) {
        Optional<GoalPatterns> patterns = prefs.map(UserPreferences::goalPatterns);
        int minutes = patterns.map(GoalPatterns::preferredTaskDuration).orElse(NewUserDefaults.TASK_MINUTES);
        int max = patterns.map(GoalPatterns::maxDailyTasks).orElse(NewUserDefaults.MAX_DAILY_TASKS);
        return new PlanningLimits(minutes, max);
    }

    private List<DailyTask> toTasks(List<ProposedTask> proposals, TaskIds ids, Instant now) {
        List<DailyTask> tasks = new ArrayList<>();
        for (ProposedTask proposal : proposals) {
            tasks.add(new DailyTask(ids.next(), proposal.title(), proposal.description(), proposal.successCriteria(),
                    proposal.minutes(), tasks.size() + 1, now, proposal.schedule(), proposal.target(), null));
        }
        return tasks;
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
