package app.rune.service.user;

import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationPhase;
import app.rune.model.Formality;
import app.rune.model.GoalPatterns;
import app.rune.model.MotivationType;
import app.rune.model.ProgressCheckFrequency;
import app.rune.model.RelationshipStage;
import app.rune.model.ReminderSettings;
import app.rune.model.UserPreferences;
import app.rune.model.UserTimeZone;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a person starts with before they change anything: a friendly, encouraging coach, an evening reminder,
 * tasks of about twenty minutes, at most three a day. All of it can be changed in Settings.
 */
public final class NewUserDefaults {
    public static final LocalTime CHECK_IN_TIME = LocalTime.of(20, 0);
    public static final LocalTime REMINDER_TIME = LocalTime.of(19, 0);
    public static final int TASK_MINUTES = 20;
    public static final int MAX_DAILY_TASKS = 3;

    private NewUserDefaults() {
    }

    public static UserPreferences preferences(String userId, ZoneId zone) {
        return new UserPreferences(userId,
                new CommunicationStyle(Formality.FRIENDLY, MotivationType.ENCOURAGING, null, CHECK_IN_TIME,
                        new UserTimeZone(zone.getId())),
                new ReminderSettings(true, REMINDER_TIME, "friendly", ProgressCheckFrequency.DAILY),
                new GoalPatterns(List.of(), List.of(), TASK_MINUTES, MAX_DAILY_TASKS));
    }

    public static ConversationContext conversation(String userId, Instant now) {
        return new ConversationContext(userId, ConversationPhase.GOAL_SETTING, List.of(), now, 0,
                RelationshipStage.NEW, List.of());
    }
}
