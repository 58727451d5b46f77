package app.rune.ui.goal;

import app.rune.model.Goal;
import app.rune.model.GoalRefinement;
import app.rune.model.LongTermGoal;
import app.rune.model.PlacedGoal;
import app.rune.service.goal.GoalState;
import app.rune.ui.common.DateText;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The Goal screen's goals in words: the list of current goals (focus first, each with its line of facts), the
 * rounds of a goal's wording and the earlier goals.
 */
final class GoalList {
    private final ResourceBundle text;
    private final DateText dates;

    GoalList(ResourceBundle text, DateText dates) {
        this.text = text;
        this.dates = dates;
    }

    /** @param streaks each goal's current streak by goal id (a goal left out shows none) */
    List<GoalListItem> items(GoalState state, Map<String, Integer> streaks) {
        List<GoalListItem> items = new ArrayList<>();
        for (PlacedGoal goal : state.currentGoals()) {
            LongTermGoal wording = goal.longTermGoal();
            List<String> facts = new ArrayList<>();
            facts.add(text.getString("goal.status." + wording.status().name()));
            if (wording.targetDate() != null) {
                facts.add(MessageFormat.format(text.getString("goal.list.target"), dates.date(wording.targetDate())));
            }
            if (state.awaitingGoals().contains(goal.id())) {
                facts.add(text.getString("goal.list.awaiting"));
            } else {
                facts.add(MessageFormat.format(text.getString("goal.list.tasks"), goal.goal().dailyTasks().size()));
            }
            Integer streak = streaks.get(goal.id());
            if (streak != null) {
                facts.add(MessageFormat.format(text.getString("goal.list.streak"), streak));
            }
            items.add(new GoalListItem(goal.id(), goal.title(), String.join(" \u00b7 ", facts), goal.isFocus(),
                    goal.id().equals(state.goalId())));
        }
        return items;
    }

    /** One round of refining a goal's wording, for the history. */
    String describe(GoalRefinement round) {
        String when = round.refinementDate() == null ? "" : dates.date(round.refinementDate()
                .atZone(ZoneOffset.UTC).toLocalDate());
        return MessageFormat.format(text.getString("history.refinement"), when, round.original(),
                round.refined() == null ? "" : round.refined(), round.finalWording() == null ? "" : round.finalWording());
    }

    /** An earlier goal, for the history. */
    String describe(Goal goal) {
        LongTermGoal old = goal.longTermGoal();
        return MessageFormat.format(text.getString("history.archivedGoal"), old.title(),
                text.getString("goal.status." + old.status().name()), goal.dailyTasks().size());
    }
}
