package app.rune.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the conversation between the person and the coach is about right now. */
public enum ConversationPhase {
    @JsonProperty("goal_setting") GOAL_SETTING,
    @JsonProperty("daily_tracking") DAILY_TRACKING,
    @JsonProperty("obstacle_solving") OBSTACLE_SOLVING
}
