package app.rune.service.coach;

import app.rune.model.CommunicationStyle;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationMessage;
import app.rune.model.ConversationPhase;
import app.rune.model.MessageAuthor;
import app.rune.model.RelationshipStage;
import app.rune.model.ReminderSettings;
import app.rune.model.StreakRecords;
import app.rune.model.UserAnalytics;
import app.rune.model.UserGoals;
import app.rune.model.UserPreferences;
import app.rune.service.user.UserZone;
import app.rune.store.DailyProgressRepository;
import app.rune.store.DocumentRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The coach's side of the conversation: it words what happened in the person's tone ({@link CoachVoice}), keeps
 * the newest {@value ConversationContext#MAX_RECENT_MESSAGES} messages in {@code conversation_context}, and
 * moves the relationship stage on as the person keeps using Rune (it never moves back).
 */
public final class CoachService implements Coach {
    private final DocumentRepository<ConversationContext> conversations;
    private final DocumentRepository<UserPreferences> preferences;
    private final DocumentRepository<UserGoals> goals;
    private final DocumentRepository<UserAnalytics> analytics;
    private final DailyProgressRepository progress;
    private final CoachVoice voice;
    private final CoachInsights insights;
    private final Clock clock;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public CoachService(DocumentRepository<ConversationContext> conversations,
            DocumentRepository<UserPreferences> preferences, DocumentRepository<UserGoals> goals,
            DocumentRepository<UserAnalytics> analytics, DailyProgressRepository progress, CoachVoice voice,
            CoachInsights insights, Clock clock) {
        this.conversations = conversations;
        this.preferences = preferences;
        this.goals = goals;
        this.analytics = analytics;
        this.progress = progress;
        this.voice = voice;
        this.insights = insights;
        this.clock = clock;
    }

    /**
     * Tells {@code listener} (with the user id) whenever the coach has said something, or what it waits for has
     * changed ({@link #pendingActionsChanged}): the two things the coach panel shows.
     */
    public void onMessage(Consumer<String> listener) {
        listeners.add(listener);
    }

    /**
     * What the coach waits for was added or settled (tasks approved, an obstacle dealt with), without a word
     * said: those listening hear of it as of a message, so a panel does not keep offering what is done.
     */
    public void pendingActionsChanged(String userId) {
        listeners.forEach(listener -> listener.accept(userId));
    }

    /** Streak lengths worth a word of their own. */
    static final Set<Integer> MILESTONES = Set.of(7, 14, 30, 60, 100, 180, 365);

    @Override
    public void says(String userId, CoachIntent intent, Map<String, Object> facts) {
        speak(userId, intent, facts);
    }

    /** Says it (into the conversation) and returns the words, for a notification to carry them too. */
    public String speak(String userId, CoachIntent intent, Map<String, Object> facts) {
        Map<String, Object> all = new HashMap<>(facts);
        all.putIfAbsent("name", userId);
        int streak = analytics.findById(userId).map(UserAnalytics::streakRecords)
                .map(StreakRecords::currentStreak).orElse(0);
        if (intent == CoachIntent.DAY_COMPLETE) {
            all.putIfAbsent("streak", streak);
        }
        ConversationContext context = current(userId);
        String text = voice.say(intent, tone(userId, context), all);
        append(userId, context, intent, text);
        if (intent == CoachIntent.DAY_COMPLETE && MILESTONES.contains(streak)) {
            says(userId, CoachIntent.MILESTONE, Map.of("milestone", streak + " days in a row"));
        }
        return text;
    }

    /** After the figures are recomputed: a run of two days or more that has just ended gets a kind word. */
    public void streakChanged(String userId, int before, int after) {
        if (before >= 2 && after == 0) {
            says(userId, CoachIntent.STREAK_BROKEN, Map.of("streak", before));
        }
    }

    /**
     * Hello on opening the app, once a day: in the person's tone, naming their goal, with the most telling thing
     * the analytics show ("you are on a 12-day streak — your longest").
     */
    public void greet(String userId) {
        ConversationContext context = current(userId);
        Optional<UserPreferences> prefs = preferences.findById(userId);
        LocalDate theirToday = UserZone.today(prefs, clock);
        boolean greetedToday = context.recentMessages().stream()
                .anyMatch(m -> "greeting".equals(m.intent()) && m.createdAt() != null
                        && !UserZone.dayOf(prefs, m.createdAt(), clock).isBefore(theirToday));
        if (greetedToday) {
            return;
        }
        context = withStage(context, userId);
        Map<String, Object> facts = new HashMap<>();
        facts.put("name", userId);
        goals.findById(userId).map(UserGoals::longTermGoal).ifPresent(g -> facts.put("goal", g.title()));
        String text = voice.say(CoachIntent.GREETING, tone(userId, context), facts);
        // Obstacles count over the person's own last two weeks, so the hello speaks of now, not of years ago.
        List<List<String>> recentObstacles = progress.obstaclesBetween(userId,
                CoachInsights.obstaclesFrom(theirToday), theirToday);
        List<String> about = insights.about(analytics.findById(userId).orElse(null), recentObstacles);
        if (!about.isEmpty()) {
            text = text + " " + about.get(0);
        }
        append(userId, context, CoachIntent.GREETING, text);
    }

    /** The tone for {@code userId} now: their preferences and how well the coach knows them. */
    public VoiceSettings tone(String userId) {
        return tone(userId, current(userId));
    }

    public ConversationContext conversation(String userId) {
        return current(userId);
    }

    private VoiceSettings tone(String userId, ConversationContext context) {
        Optional<UserPreferences> prefs = preferences.findById(userId);
        Optional<CommunicationStyle> style = prefs.map(UserPreferences::communicationStyle);
        return new VoiceSettings(
                style.map(CommunicationStyle::formality).orElse(null),
                style.map(CommunicationStyle::motivationType).orElse(null),
                prefs.map(UserPreferences::reminderSettings).map(ReminderSettings::reminderMessageStyle)
                        .map(ReminderStyle::of).orElse(null),
                context.relationshipStage());
    }

    /** The stage the person has grown into: interactions counted by the conversation, active days by progress. */
    private ConversationContext withStage(ConversationContext context, String userId) {
        if (context.relationshipStage() == RelationshipStages.LAST) {
            return context;
        }
        int interactions = context.interactionCount() == null ? 0 : context.interactionCount();
        int activeDays = progress.countByUser(userId, RelationshipStages.ACTIVE_DAYS_THAT_COUNT);
        RelationshipStage stage = RelationshipStages.atLeast(context.relationshipStage(),
                RelationshipStages.stageFor(interactions, activeDays));
        return stage == context.relationshipStage() ? context : new ConversationContext(context.id(),
                context.currentConversationPhase(), context.pendingActions(), context.lastInteraction(),
                context.interactionCount(), stage, context.recentMessages());
    }

    /**
     * Adds the message to what is stored now (not to {@code context}, which may be stale: the reminder speaks
     * from its own thread), keeping the stage {@code context} may have grown into.
     */
    private void append(String userId, ConversationContext context, CoachIntent intent, String text) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ConversationMessage message = new ConversationMessage(MessageAuthor.COACH,
                intent.name().toLowerCase(Locale.ROOT), text, now);
        conversations.update(userId, () -> notStarted(userId), stored -> {
            List<ConversationMessage> messages = new ArrayList<>(stored.recentMessages());
            messages.add(message);
            int overflow = messages.size() - ConversationContext.MAX_RECENT_MESSAGES;
            if (overflow > 0) {
                messages.subList(0, overflow).clear();
            }
            return new ConversationContext(userId, stored.currentConversationPhase(), stored.pendingActions(),
                    stored.lastInteraction(), stored.interactionCount(),
                    RelationshipStages.atLeast(stored.relationshipStage(), context.relationshipStage()), messages);
        });
        listeners.forEach(listener -> listener.accept(userId));
    }

    private ConversationContext current(String userId) {
        return conversations.findById(userId).orElseGet(() -> notStarted(userId));
    }

    /** A conversation that has not started yet. */
    private static ConversationContext notStarted(String userId) {
        return new ConversationContext(userId, ConversationPhase.GOAL_SETTING, List.of(), null, 0,
                RelationshipStage.NEW, List.of());
    }
}
