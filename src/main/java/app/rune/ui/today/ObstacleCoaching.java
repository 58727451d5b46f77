package app.rune.ui.today;

import app.rune.service.today.DayPlan;
import app.rune.service.today.ObstacleAlert;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the coach offers on the Today screen about obstacles: the skip form's suggestions (the person's usual
 * obstacles, then recent ones) and, when one keeps stopping a task, its alert. It is read apart from the day
 * (90 days of obstacles), so it may follow the day's first sight.
 */
public final class ObstacleCoaching {
    private final ResourceBundle text;
    private final TodayWords words;
    private final ObservableList<String> obstacleSuggestions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ObstacleAlert> alert = new ReadOnlyObjectWrapper<>(this, "alert");
    private final ReadOnlyStringWrapper alertText = new ReadOnlyStringWrapper(this, "alertText", "");

    ObstacleCoaching(ResourceBundle text, TodayWords words) {
        this.text = text;
        this.words = words;
    }

    /** Shows the plan's coaching; a plan read without it leaves what is shown. */
    void show(DayPlan plan) {
        if (!plan.hasCoaching()) {
            return;
        }
        obstacleSuggestions.setAll(plan.obstacleSuggestions());
        alert.set(plan.obstacleAlert().orElse(null));
        alertText.set(plan.obstacleAlert().map(a -> MessageFormat.format(text.getString("today.alert"),
                words.label(a.cause()), a.taskTitle(), a.times())).orElse(""));
    }

    public ObservableList<String> obstacleSuggestions() {
        return obstacleSuggestions;
    }

    public ReadOnlyObjectProperty<ObstacleAlert> alertProperty() {
        return alert.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty alertTextProperty() {
        return alertText.getReadOnlyProperty();
    }
}
