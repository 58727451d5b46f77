package app.rune.model;

import java.time.Instant;

/** One message in the conversation, with the coach intent that produced it (free text for the person's own). */
public record ConversationMessage(MessageAuthor from, String intent, String text, Instant createdAt) {
}
