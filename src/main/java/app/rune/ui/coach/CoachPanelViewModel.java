package app.rune.ui.coach;

import app.rune.model.ConversationContext;
import app.rune.model.ConversationMessage;
import app.rune.model.MessageAuthor;
import app.rune.model.PendingAction;
import app.rune.service.coach.CoachService;
import app.rune.service.conversation.ConversationService;
import app.rune.service.today.ObstacleCoach;
import app.rune.ui.common.Background;
import app.rune.ui.common.DateText;
import app.rune.ui.shell.Page;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The coach panel: the conversation so far (the newest messages last) and, when the coach waits for something,
 * a button that takes the person to where it can be done.
 */
public final class CoachPanelViewModel {
    private static final Logger LOG = System.getLogger(CoachPanelViewModel.class.getName());
    /** The panel shows the last messages; the document keeps up to 200. */
    static final int SHOWN = 30;

    /** One bubble: who wrote it, what, and when (local time). */
    public record MessageItem(boolean fromCoach, String text, String time) {
    }

    private final String userId;
    private final CoachService coach;
    private final Background background;
    private final ResourceBundle text;
    private final Supplier<ZoneId> zone;
    private final DateText dates = DateText.ofDefaultLocale();
    private final ObservableList<MessageItem> messages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper actionText = new ReadOnlyStringWrapper(this, "actionText", "");
    private final ReadOnlyObjectWrapper<Page> actionPage = new ReadOnlyObjectWrapper<>(this, "actionPage");

    /** @param zone the person's time zone for the messages' times; read in the background with each load */
    public CoachPanelViewModel(String userId, CoachService coach, Background background, ResourceBundle text,
            Supplier<ZoneId> zone) {
        this.userId = userId;
        this.coach = coach;
        this.background = background;
        this.text = text;
        this.zone = zone;
    }

    public void refresh() {
        background.run(() -> new Loaded(coach.conversation(userId), zone.get()), this::show,
                failure -> LOG.log(Level.WARNING, "Could not read the conversation", failure));
    }

    /** Hello for the day (once a day), then the conversation. */
    public void greet() {
        background.run(() -> {
            coach.greet(userId);
            return new Loaded(coach.conversation(userId), zone.get());
        }, this::show, failure -> LOG.log(Level.WARNING, "The coach could not say hello", failure));
    }

    private record Loaded(ConversationContext context, ZoneId zone) {
    }

    private void show(Loaded loaded) {
        ConversationContext context = loaded.context();
        ZoneId zone = loaded.zone();
        List<ConversationMessage> recent = context.recentMessages();
        messages.setAll(recent.subList(Math.max(0, recent.size() - SHOWN), recent.size()).stream()
                .map(m -> new MessageItem(m.from() == MessageAuthor.COACH, m.text(),
                        m.createdAt() == null ? "" : dates.weekdayAndTime(m.createdAt().atZone(zone))))
                .toList());
        PendingAction pending = context.pendingActions().isEmpty() ? null
                : context.pendingActions().get(context.pendingActions().size() - 1);
        if (pending == null) {
            actionText.set("");
            actionPage.set(null);
        } else if (ConversationService.CONFIRM_GOAL_BREAKDOWN.equals(pending.action())) {
            actionText.set(text.getString("coach.action.approve"));
            actionPage.set(Page.GOAL);
        } else if (ObstacleCoach.RESOLVE_OBSTACLE.equals(pending.action())) {
            actionText.set(text.getString("coach.action.obstacle"));
            actionPage.set(Page.TODAY);
        } else {
            actionText.set(pending.context() == null ? pending.action() : pending.context());
            actionPage.set(null);
        }
    }

    public ObservableList<MessageItem> messages() {
        return messages;
    }

    public ReadOnlyStringProperty actionTextProperty() {
        return actionText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> actionPageProperty() {
        return actionPage.getReadOnlyProperty();
    }
}
