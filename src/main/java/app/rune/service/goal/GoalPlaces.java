package app.rune.service.goal;

import app.rune.model.Goal;
import app.rune.model.GoalPlace;
import app.rune.model.PlacedGoal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where goals go as they start, end and change focus: each rule takes the person's goals in their places (focus,
 * other, archived) and gives them back moved, for {@code UserGoals#rebuild}.
 */
public final class GoalPlaces {
    private GoalPlaces() {
    }

    /** The first {@code goal_N} that no goal has. */
    public static String nextId(List<PlacedGoal> goals) {
        Set<String> taken = new HashSet<>();
        goals.forEach(g -> taken.add(g.id()));
        int n = 1;
        while (taken.contains("goal_" + n)) {
            n++;
        }
        return "goal_" + n;
    }

    /**
     * {@code goals} with the new goal {@code id}: beside the others while one is open, otherwise in focus (a
     * finished focus goal is put away).
     */
    public static List<PlacedGoal> withNew(List<PlacedGoal> goals, String id, Goal goal) {
        List<PlacedGoal> placed = new ArrayList<>(goals);
        if (anyOpen(goals)) {
            placed.add(new PlacedGoal(id, goal, GoalPlace.OTHER));
            return placed;
        }
        placed.replaceAll(g -> g.isFocus() ? new PlacedGoal(g.id(), g.goal(), GoalPlace.ARCHIVED) : g);
        placed.sort(Comparator.comparing(g -> g.place() == GoalPlace.ARCHIVED));
        placed.add(0, new PlacedGoal(id, goal, GoalPlace.FOCUS));
        return placed;
    }

    public static boolean anyOpen(List<PlacedGoal> goals) {
        return goals.stream().anyMatch(g -> g.place().current() && g.longTermGoal().isOpen());
    }

    /**
     * {@code goals} with {@code changed} in place of goal {@code id}; one that {@code ended} beside other current
     * goals goes to the earlier goals, and the next current one takes the focus if it had it.
     */
    static List<PlacedGoal> withChanged(List<PlacedGoal> goals, String id, Goal changed, boolean ended) {
        List<PlacedGoal> all = new ArrayList<>(goals);
        PlacedGoal before = all.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
        all.replaceAll(g -> g.id().equals(id) ? new PlacedGoal(g.id(), changed, g.place()) : g);
        if (ended && all.stream().filter(g -> g.place().current()).count() > 1) {
            all.removeIf(g -> g.id().equals(id));
            all.add(new PlacedGoal(id, changed, GoalPlace.ARCHIVED));
            if (before.isFocus()) {
                PlacedGoal next = all.stream().filter(g -> g.place() == GoalPlace.OTHER).findFirst().orElseThrow();
                all.replaceAll(g -> g == next ? new PlacedGoal(g.id(), g.goal(), GoalPlace.FOCUS) : g);
            }
        }
        return all;
    }

    /** {@code goals} with {@code chosen} in focus, the focus goal before in its place (or archived if it ended). */
    static List<PlacedGoal> focusedOn(List<PlacedGoal> goals, PlacedGoal chosen) {
        List<PlacedGoal> all = new ArrayList<>(goals);
        PlacedGoal focus = all.get(0);
        int at = all.indexOf(chosen);
        all.set(at, new PlacedGoal(focus.id(), focus.goal(),
                focus.longTermGoal().isOpen() ? GoalPlace.OTHER : GoalPlace.ARCHIVED));
        all.set(0, new PlacedGoal(chosen.id(), chosen.goal(), GoalPlace.FOCUS));
        // A finished focus goal, left there by an older file, goes to the earlier goals.
        all.sort(Comparator.comparing(g -> g.place() == GoalPlace.ARCHIVED));
        return all;
    }
}
