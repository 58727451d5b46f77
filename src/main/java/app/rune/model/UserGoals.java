package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code user_goals} document: one per user, keyed by the user id. As in the seed it holds the goal in focus,
 * the daily tasks agreed for it and how its wording was refined; additions to the seed: the other current goals
 * beside it ({@code other_goals}) and the goals that came before ({@code archived_goals}), each a {@link Goal}.
 */
public record UserGoals(
        @JsonProperty("_id") String id,
        LongTermGoal longTermGoal,
        List<DailyTask> dailyTasks,
        List<GoalRefinement> goalRefinementHistory,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Goal> otherGoals,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Goal> archivedGoals) implements StoredDocument {

    /**
     * Current goals at most, the focus goal included: the coach's idea is a few small tasks a day, and each
     * goal brings its own; five keeps a day's list short enough to finish (a constant, not a setting).
     */
    public static final int MAX_CURRENT_GOALS = 5;
    /** The id of a focus goal written without one, as the seed's is. */
    public static final String FIRST_GOAL_ID = "goal_1";
    private static final String ID_PREFIX = "goal_";

    public UserGoals {
        dailyTasks = Lists.copy(dailyTasks);
        goalRefinementHistory = Lists.copy(goalRefinementHistory);
        otherGoals = Lists.copy(otherGoals);
        archivedGoals = Lists.copy(archivedGoals);
    }

    /** A document with the focus goal and earlier ones only, the shape before several goals. */
    public UserGoals(String id, LongTermGoal longTermGoal, List<DailyTask> dailyTasks,
            List<GoalRefinement> goalRefinementHistory, List<Goal> archivedGoals) {
        this(id, longTermGoal, dailyTasks, goalRefinementHistory, List.of(), archivedGoals);
    }

    /** A document for {@code userId} with {@code focus} in focus, {@code others} beside it and earlier goals. */
    public static UserGoals of(String userId, Goal focus, List<Goal> others, List<Goal> archived) {
        return new UserGoals(userId, focus == null ? null : focus.longTermGoal(),
                focus == null ? List.of() : focus.dailyTasks(),
                focus == null ? List.of() : focus.goalRefinementHistory(), others, archived);
    }

    @Override
    @JsonIgnore
    public Collection collection() {
        return Collection.USER_GOALS;
    }

    /** The focus goal; empty before the first goal (the document then holds no {@code long_term_goal}). */
    public Optional<Goal> focus() {
        return longTermGoal == null ? Optional.empty()
                : Optional.of(new Goal(longTermGoal, dailyTasks, goalRefinementHistory));
    }

    /**
     * Every goal with its id and place: the focus goal, the other current ones, then the archived ones, in the
     * document's order. A goal written without an id gets one here: the focus goal {@code goal_1} (unless another
     * goal has that id), any other the first free {@code goal_N}, counting in this order, so the same document
     * always gives the same ids. The app writes them when it changes a goal ({@link #withIds}).
     */
    @JsonIgnore
    public List<PlacedGoal> goals() {
        List<Goal> all = new ArrayList<>();
        List<GoalPlace> places = new ArrayList<>();
        focus().ifPresent(g -> {
            all.add(g);
            places.add(GoalPlace.FOCUS);
        });
        otherGoals.forEach(g -> {
            all.add(g);
            places.add(GoalPlace.OTHER);
        });
        archivedGoals.forEach(g -> {
            all.add(g);
            places.add(GoalPlace.ARCHIVED);
        });
        Set<String> taken = new HashSet<>();
        all.forEach(g -> {
            if (g != null && g.writtenId() != null) {
                taken.add(g.writtenId());
            }
        });
        List<PlacedGoal> placed = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < all.size(); i++) {
            Goal goal = all.get(i);
            String id = goal == null ? null : goal.writtenId();
            if (id == null) {
                while (taken.contains(ID_PREFIX + next)) {
                    next++;
                }
                id = ID_PREFIX + next;
                taken.add(id);
            }
            placed.add(new PlacedGoal(id, goal, places.get(i)));
        }
        return placed;
    }

    /** The focus goal and the other current ones, focus first. */
    @JsonIgnore
    public List<PlacedGoal> currentGoals() {
        return goals().stream().filter(g -> g.place().current()).toList();
    }

    public Optional<PlacedGoal> goal(String goalId) {
        return goals().stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /** The goal {@code taskId} belongs to: task ids are unique across all of a person's goals. */
    public Optional<PlacedGoal> goalOfTask(String taskId) {
        return goals().stream().filter(g -> g.goal() != null
                && g.goal().dailyTasks().stream().anyMatch(t -> t.id().equals(taskId))).findFirst();
    }

    /** This document with every goal's id written into it. */
    public UserGoals withIds() {
        return rebuild(goals().stream().map(g -> new PlacedGoal(g.id(),
                g.goal().withLongTermGoal(g.longTermGoal().withGoalId(g.id())), g.place())).toList());
    }

    /** This document with goal {@code goalId} replaced by {@code changed}, in the same place. */
    public UserGoals replacing(String goalId, Goal changed) {
        return rebuild(goals().stream()
                .map(g -> g.id().equals(goalId) ? new PlacedGoal(g.id(), changed, g.place()) : g).toList());
    }

    /**
     * Builds a document from goals in their places: the first {@code FOCUS} one in focus, the others in their
     * lists in the order given.
     */
    public UserGoals rebuild(List<PlacedGoal> placed) {
        Goal focus = null;
        List<Goal> others = new ArrayList<>();
        List<Goal> archived = new ArrayList<>();
        for (PlacedGoal g : placed) {
            switch (g.place()) {
                case FOCUS -> {
                    if (focus == null) {
                        focus = g.goal();
                    } else {
                        others.add(g.goal());
                    }
                }
                case OTHER -> others.add(g.goal());
                case ARCHIVED -> archived.add(g.goal());
            }
        }
        return of(id, focus, others, archived);
    }
}
