package app.rune.model.validation;

import static app.rune.model.validation.DocumentValidator.MINUTES_PER_DAY;
import static app.rune.model.validation.DocumentValidator.checkName;
import static app.rune.model.validation.DocumentValidator.checkRange;
import static app.rune.model.validation.DocumentValidator.requireText;
import static app.rune.model.validation.Problems.field;
import static app.rune.model.validation.Problems.index;

import app.rune.model.DailyTask;
import app.rune.model.Goal;
import app.rune.model.GoalRefinement;
import app.rune.model.LongTermGoal;
import app.rune.model.UserGoals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a {@code user_goals} document: each goal's own fields and tasks, at most
 * {@link UserGoals#MAX_CURRENT_GOALS} current goals, only active or paused ones beside the focus goal, and ids
 * unique across all of the person's goals, current and archived: goal ids, and task ids, since a day's entry
 * names its task by id alone. A repeated id is reported where it appears the second time.
 */
final class GoalRules {
    private final Problems p = new Problems();
    private final Map<String, String> goalIds = new HashMap<>();
    private final Map<String, String> taskIds = new HashMap<>();

    private GoalRules() {
    }

    static List<Problem> validate(UserGoals goals, String path) {
        GoalRules rules = new GoalRules();
        Problems p = rules.p;
        StoredText.checkEveryText(goals, path, p);
        requireText(p, field(path, "_id"), goals.id());
        if (goals.longTermGoal() == null) {
            p.add(field(path, "long_term_goal"), "missing");
        } else {
            rules.checkGoal(field(path, "long_term_goal"), goals.longTermGoal());
        }
        rules.checkTasks(field(path, "daily_tasks"), goals.dailyTasks());
        rules.checkRefinements(field(path, "goal_refinement_history"), goals.goalRefinementHistory());
        int allowed = UserGoals.MAX_CURRENT_GOALS - 1;
        if (goals.otherGoals().size() > allowed) {
            p.add(field(path, "other_goals"), goals.otherGoals().size() + " goals beside the focus goal; at most "
                    + allowed + " (" + UserGoals.MAX_CURRENT_GOALS + " current goals in all)");
        }
        rules.checkGoals(field(path, "other_goals"), goals.otherGoals(), true);
        rules.checkGoals(field(path, "archived_goals"), goals.archivedGoals(), false);
        return p.list();
    }

    private void checkGoals(String path, List<Goal> goals, boolean current) {
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            String at = index(path, i);
            if (goal == null) {
                p.add(at, "must be an object");
                continue;
            }
            if (goal.longTermGoal() == null) {
                p.add(field(at, "long_term_goal"), "missing");
            } else {
                checkGoal(field(at, "long_term_goal"), goal.longTermGoal());
                if (current && goal.longTermGoal().status() != null && !goal.longTermGoal().isOpen()) {
                    p.add(field(field(at, "long_term_goal"), "status"), "\"" + goal.longTermGoal().status()
                            .name().toLowerCase(java.util.Locale.ROOT)
                            + "\": a goal that ended belongs in archived_goals; other_goals holds active and paused ones");
                }
            }
            checkTasks(field(at, "daily_tasks"), goal.dailyTasks());
            checkRefinements(field(at, "goal_refinement_history"), goal.goalRefinementHistory());
        }
    }

    private void checkGoal(String path, LongTermGoal goal) {
        requireText(p, field(path, "title"), goal.title());
        if (goal.status() == null) {
            p.add(field(path, "status"), "missing (active, paused, completed or abandoned)");
        }
        if (goal.goalId() != null) {
            String at = field(path, "goal_id");
            checkName(p, at, goal.goalId());
            String first = goalIds.putIfAbsent(goal.goalId(), path);
            if (first != null) {
                p.add(at, Problems.quote(goal.goalId()) + " is the id of another goal (" + first + ")");
            }
        }
    }

    private void checkTasks(String path, List<DailyTask> tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            DailyTask task = tasks.get(i);
            String at = index(path, i);
            checkName(p, field(at, "id"), task.id());
            if (task.id() != null) {
                String first = taskIds.putIfAbsent(task.id(), at);
                if (first != null) {
                    p.add(field(at, "id"), Problems.quote(task.id()) + " is used by another task (" + first
                            + "); a task id names one task across all goals");
                }
            }
            requireText(p, field(at, "title"), task.title());
            checkRange(p, field(at, "estimated_time"), task.estimatedTime(), 1, MINUTES_PER_DAY);
            checkRange(p, field(at, "priority"), task.priority(), 1, Integer.MAX_VALUE);
            PlanRules.checkPlan(p, at, task);
        }
    }

    private void checkRefinements(String path, List<GoalRefinement> history) {
        for (int i = 0; i < history.size(); i++) {
            requireText(p, field(index(path, i), "original"), history.get(i).original());
        }
    }
}
