package app.rune.model;

/**
 * One of the five kinds of document Rune stores, each of its own {@link Collection}. Sealed, so code that must
 * treat every kind (validating, merging, writing a file) switches on {@link #collection()} and the compiler
 * says when a kind is missing.
 */
public sealed interface StoredDocument
        permits UserGoals, DailyProgress, UserPreferences, UserAnalytics, ConversationContext {

    /** The seed's {@code _id}. */
    String id();

    /** The collection documents of this kind belong to. */
    Collection collection();
}
