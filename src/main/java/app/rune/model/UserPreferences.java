package app.rune.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code user_preferences} document: how the person wants Rune to talk, remind and plan. */
public record UserPreferences(
        @JsonProperty("_id") String id,
        CommunicationStyle communicationStyle,
        ReminderSettings reminderSettings,
        GoalPatterns goalPatterns) implements StoredDocument {

    @Override
    @JsonIgnore
    public Collection collection() {
        return Collection.USER_PREFERENCES;
    }
}
