package app.rune.ui.goal;

/**
 * One current goal in the Goal screen's list: its title and a line about it ("Active · by 3 June 2027 · 3 tasks ·
 * 4-day streak"), whether it is the focus goal, and whether it is the one shown below the list.
 */
public record GoalListItem(String goalId, String title, String detail, boolean focus, boolean shown) {
}
