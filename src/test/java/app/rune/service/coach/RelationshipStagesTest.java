package app.rune.service.coach;

import static app.rune.model.RelationshipStage.BUILDING;
import static app.rune.model.RelationshipStage.CLOSE;
import static app.rune.model.RelationshipStage.ESTABLISHED;
import static app.rune.model.RelationshipStage.NEW;
import static org.assertj.core.api.Assertions.assertThat;

import app.rune.model.RelationshipStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationshipStagesTest {

    @ParameterizedTest(name = "{0} interactions, {1} active days -> {2}")
    @CsvSource(textBlock = """
            0,    0,  NEW
            -3,  -1,  NEW
            4,    2,  NEW
            5,    0,  BUILDING
            0,    3,  BUILDING
            29,  60,  BUILDING
            500, 13,  BUILDING
            30,  14,  ESTABLISHED
            99,  59,  ESTABLISHED
            99, 500,  ESTABLISHED
            500, 59,  ESTABLISHED
            100, 60,  CLOSE
            5000, 900, CLOSE
            """)
    void stagesFollowUse(int interactions, int activeDays, RelationshipStage stage) {
        assertThat(RelationshipStages.stageFor(interactions, activeDays)).isEqualTo(stage);
    }

    @Test
    void eachStageBeginsExactlyAtItsThresholds() {
        assertThat(RelationshipStages.stageFor(RelationshipStages.BUILDING_INTERACTIONS - 1, 0)).isEqualTo(NEW);
        assertThat(RelationshipStages.stageFor(RelationshipStages.BUILDING_INTERACTIONS, 0)).isEqualTo(BUILDING);
        assertThat(RelationshipStages.stageFor(0, RelationshipStages.BUILDING_ACTIVE_DAYS - 1)).isEqualTo(NEW);
        assertThat(RelationshipStages.stageFor(0, RelationshipStages.BUILDING_ACTIVE_DAYS)).isEqualTo(BUILDING);

        int days = RelationshipStages.ESTABLISHED_ACTIVE_DAYS;
        int interactions = RelationshipStages.ESTABLISHED_INTERACTIONS;
        assertThat(RelationshipStages.stageFor(interactions - 1, days)).isEqualTo(BUILDING);
        assertThat(RelationshipStages.stageFor(interactions, days - 1)).isEqualTo(BUILDING);
        assertThat(RelationshipStages.stageFor(interactions, days)).isEqualTo(ESTABLISHED);

        days = RelationshipStages.CLOSE_ACTIVE_DAYS;
        interactions = RelationshipStages.CLOSE_INTERACTIONS;
        assertThat(RelationshipStages.stageFor(interactions - 1, days)).isEqualTo(ESTABLISHED);
        assertThat(RelationshipStages.stageFor(interactions, days - 1)).isEqualTo(ESTABLISHED);
        assertThat(RelationshipStages.stageFor(interactions, days)).isEqualTo(CLOSE);
    }

    @Test
    void moreUseNeverLowersTheStage() {
        RelationshipStage before = NEW;
        for (int day = 0; day <= 120; day++) {
            RelationshipStage now = RelationshipStages.stageFor(day * 2, day);
            assertThat(now).isGreaterThanOrEqualTo(before);
            before = now;
        }
        assertThat(before).isEqualTo(CLOSE);
    }

    @ParameterizedTest(name = "atLeast({0}, {1}) = {2}")
    @CsvSource(textBlock = """
            NEW,         NEW,         NEW
            NEW,         BUILDING,    BUILDING
            BUILDING,    ESTABLISHED, ESTABLISHED
            ESTABLISHED, CLOSE,       CLOSE
            CLOSE,       NEW,         CLOSE
            CLOSE,       BUILDING,    CLOSE
            ESTABLISHED, BUILDING,    ESTABLISHED
            BUILDING,    NEW,         BUILDING
            ,            BUILDING,    BUILDING
            ESTABLISHED, ,            ESTABLISHED
            ,            ,            NEW
            """)
    void aStageNeverGoesBack(RelationshipStage current, RelationshipStage computed, RelationshipStage expected) {
        assertThat(RelationshipStages.atLeast(current, computed)).isEqualTo(expected);
    }

    @Test
    void aQuietSpellAfterGettingCloseKeepsTheCoachClose() {
        RelationshipStage stored = RelationshipStages.stageFor(150, 90);
        // Counted over a recent window, the numbers may drop; the stage does not.
        RelationshipStage later = RelationshipStages.atLeast(stored, RelationshipStages.stageFor(2, 1));

        assertThat(stored).isEqualTo(CLOSE);
        assertThat(later).isEqualTo(CLOSE);
    }
}
