package app.rune.model;

/**
 * A goal of the person's with its id (as written, or the one it gets when read, see {@link UserGoals#goalId}) and
 * where it is kept.
 */
public record PlacedGoal(String id, Goal goal, GoalPlace place) {

    public LongTermGoal longTermGoal() {
        return goal.longTermGoal();
    }

    public String title() {
        return goal.longTermGoal() == null ? "" : goal.longTermGoal().title();
    }

    public boolean isFocus() {
        return place == GoalPlace.FOCUS;
    }

    public boolean isActive() {
        return place.current() && goal.longTermGoal() != null && goal.longTermGoal().status() == GoalStatus.ACTIVE;
    }
}
