package app.rune.service.coach;

import app.rune.model.Formality;
import app.rune.model.MotivationType;
import app.rune.model.RelationshipStage;

/**
 * The tone the coach speaks in: from {@code user_preferences} (formality, motivation type, reminder message
 * style) and {@code conversation_context} (relationship stage, which warms the wording up).
 */
public record VoiceSettings(Formality formality, MotivationType motivation, ReminderStyle reminderStyle,
        RelationshipStage stage) {

    public static final VoiceSettings DEFAULT = new VoiceSettings(Formality.FRIENDLY, MotivationType.ENCOURAGING,
            ReminderStyle.FRIENDLY, RelationshipStage.NEW);
}
