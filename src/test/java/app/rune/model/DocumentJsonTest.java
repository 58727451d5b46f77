package app.rune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rune.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
    private final ObjectMapper json = TestData.json();

    @Test
    void seedExamplesReadIntoTypedRecords() {
        DataSet seed = TestData.seed();

        UserGoals goals = seed.userGoals().get(0);
        assertThat(goals.id()).isEqualTo("user_id");
        assertThat(goals.longTermGoal().status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(goals.longTermGoal().targetDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(goals.dailyTasks()).extracting(DailyTask::estimatedTime).containsExactly(20, 15);
        assertThat(goals.goalRefinementHistory().get(0).finalWording())
                .isEqualTo("Be able to have conversations with native speakers");

        TaskEntry skipped = seed.dailyProgress().get(0).tasks().get(1);
        assertThat(skipped.completed()).isFalse();
        assertThat(skipped.obstacles()).containsExactly("work_overtime", "tired");
        assertThat(seed.dailyProgress().get(0).tasks().get(0).completionTime())
                .isEqualTo(Instant.parse("2025-06-28T08:30:00Z"));

        CommunicationStyle style = seed.userPreferences().get(0).communicationStyle();
        assertThat(style.formality()).isEqualTo(Formality.CASUAL);
        assertThat(style.motivationType()).isEqualTo(MotivationType.ENCOURAGING);
        assertThat(style.preferredCheckInTime()).isEqualTo(LocalTime.of(20, 0));
        assertThat(style.timezone().zoneId()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(seed.userPreferences().get(0).reminderSettings().progressCheckFrequency())
                .isEqualTo(ProgressCheckFrequency.DAILY);

        UserAnalytics analytics = seed.userAnalytics().get(0);
        assertThat(analytics.commonObstacles()).containsKeys("time_management", "motivation", "work_pressure");
        assertThat(analytics.bestPerformingTimes()).containsExactly(LocalTime.of(8, 0), LocalTime.of(20, 0));
        assertThat(analytics.taskDifficultyTrends().get("task_2").avgDifficulty()).isEqualTo(3.2);

        ConversationContext context = seed.conversationContext().get(0);
        assertThat(context.currentConversationPhase()).isEqualTo(ConversationPhase.GOAL_SETTING);
        assertThat(context.relationshipStage()).isEqualTo(RelationshipStage.ESTABLISHED);
    }

    @Test
    void writingTheRecordsGivesBackTheSeedJsonExactly() {
        JsonNode written = json.valueToTree(TestData.seed());

        assertThat(written).isEqualTo(TestData.seedTree());
    }

    @Test
    void datesAndTimesAreIsoStrings() throws Exception {
        String text = json.writeValueAsString(TestData.seed());

        assertThat(text).contains("\"target_date\" : \"2025-12-31\"", "\"created_at\" : \"2025-06-28T10:00:00Z\"",
                "\"reminder_time\" : \"19:00\"", "\"timezone\" : \"UTC+7\"", "\"status\" : \"active\"");
    }

    @Test
    void theThreeAdditionsToTheSeedRoundTrip() throws Exception {
        String text = """
                {"user_goals": [{"_id": "ana", "long_term_goal": {"title": "Run 5 km", "status": "active"},
                   "daily_tasks": [], "goal_refinement_history": [],
                   "archived_goals": [{"long_term_goal": {"title": "Learn Spanish", "status": "abandoned"},
                     "daily_tasks": [{"id": "t1", "title": "Flashcards"}],
                     "goal_refinement_history": [{"original": "Spanish", "refined": "A2 by June", "final": "A2"}]}]}],
                 "daily_progress": [{"_id": "p1", "user_id": "ana", "date": "2025-07-01", "tasks": [], "rest_day": true}],
                 "conversation_context": [{"_id": "ana", "pending_actions": [],
                   "recent_messages": [{"from": "coach", "intent": "greeting", "text": "Hi Ana",
                     "created_at": "2025-07-01T07:00:00Z"}]}]}
                """;
        DataSet read = json.readValue(text, DataSet.class);

        assertThat(read.userGoals().get(0).archivedGoals().get(0).longTermGoal().status())
                .isEqualTo(GoalStatus.ABANDONED);
        assertThat(read.dailyProgress().get(0).restDay()).isTrue();
        assertThat(read.conversationContext().get(0).recentMessages())
                .containsExactly(new ConversationMessage(MessageAuthor.COACH, "greeting", "Hi Ana",
                        Instant.parse("2025-07-01T07:00:00Z")));
        assertThat(json.readValue(json.writeValueAsString(read), DataSet.class)).isEqualTo(read);
    }

    @Test
    void absentOptionalFieldsStayAbsent() throws Exception {
        TaskEntry done = new TaskEntry("task_1", "Duolingo", true, null, null, null, null, null, List.of());

        assertThat(json.writeValueAsString(done)).doesNotContain("skip_reason", "obstacles", "notes");
    }

    @Test
    void unknownFieldsAreRefused() {
        String text = "{\"title\": \"x\", \"status\": \"active\", \"colour\": \"red\"}";

        assertThatThrownBy(() -> json.readValue(text, LongTermGoal.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void textWhereANumberBelongsIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"task_id\": \"a\", \"difficulty_rating\": \"3\"}", TaskEntry.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"task_id\": \"a\", \"difficulty_rating\": 3.5}", TaskEntry.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"task_id\": 7}", TaskEntry.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void timesMustBeHoursAndMinutes() {
        assertThatThrownBy(() -> json.readValue("{\"reminder_time\": \"25:00\"}", ReminderSettings.class))
                .hasMessageContaining("25:00");
        assertThatThrownBy(() -> json.readValue("{\"reminder_time\": \"7pm\"}", ReminderSettings.class))
                .hasMessageContaining("7pm");
    }

    @Test
    void timeZonesAreCheckedButKeptAsWritten() throws Exception {
        CommunicationStyle style = json.readValue("{\"timezone\": \"Asia/Bangkok\"}", CommunicationStyle.class);
        assertThat(style.timezone().text()).isEqualTo("Asia/Bangkok");
        assertThat(json.writeValueAsString(new UserTimeZone("UTC-3:30"))).isEqualTo("\"UTC-3:30\"");

        assertThatThrownBy(() -> json.readValue("{\"timezone\": \"Mars/Olympus\"}", CommunicationStyle.class))
                .hasMessageContaining("is not a time zone");
    }
}
