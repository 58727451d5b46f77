package app.rune.service.coach;

import static org.assertj.core.api.Assertions.assertThat;

import app.rune.RuneSession;
import app.rune.model.ConversationContext;
import app.rune.model.ConversationPhase;
import app.rune.model.DailyProgress;
import app.rune.model.RelationshipStage;
import app.rune.service.user.NewUserDefaults;
import app.rune.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach's hello brings the relationship to the stage the person's use has earned: with 100 interactions,
 * "close" comes with the 60th active day, not the 59th (the count of days stops at what can still matter).
 */
class CoachStageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private static DailyProgress day(LocalDate date) {
        return new DailyProgress("p-" + date, "ana", date, List.of(), 3, null, null, null, null);
    }

    private static RelationshipStage stageAfterHelloWith(RuneSession session, int activeDays) {
        Store store = session.store();
        store.conversationContext().save(new ConversationContext("ana", ConversationPhase.DAILY_TRACKING, List.of(),
                null, 150, RelationshipStage.ESTABLISHED, List.of()));
        LocalDate first = LocalDate.of(2025, 6, 30).minusDays(activeDays - 1L);
        for (int i = 0; i < activeDays; i++) {
            store.dailyProgress().save(day(first.plusDays(i)));
        }
        session.coach().greet("ana");
        return session.coach().conversation("ana").relationshipStage();
    }

    @Test
    void fiftyNineActiveDaysKeepTheRelationshipEstablished() throws Exception {
        try (RuneSession session = RuneSession.open(temp.resolve("data"), CLOCK)) {
            session.store().userPreferences().save(NewUserDefaults.preferences("ana", ZoneOffset.UTC));
            assertThat(stageAfterHelloWith(session, 59)).isEqualTo(RelationshipStage.ESTABLISHED);
        }
    }

    @Test
    void theSixtiethActiveDayMakesItClose() throws Exception {
        try (RuneSession session = RuneSession.open(temp.resolve("data"), CLOCK)) {
            session.store().userPreferences().save(NewUserDefaults.preferences("ana", ZoneOffset.UTC));
            assertThat(stageAfterHelloWith(session, 60)).isEqualTo(RelationshipStage.CLOSE);
        }
    }
}
