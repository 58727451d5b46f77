package app.rune.service.coach;

import app.rune.model.RelationshipStage;

/**
 * How well the coach knows the person, from how much they have used Rune: an interaction is one exchange with the
 * coach (a check-in, a reply, a reviewed goal), an active day a day on which there was at least one.
 *
 * <ul>
 *   <li>{@code new} until {@code building};</li>
 *   <li>{@code building} from 5 interactions <em>or</em> 3 active days: either shows the person came back, and
 *       the coach can stop explaining itself;</li>
 *   <li>{@code established} from 30 interactions <em>and</em> 14 active days: two weeks of real use;</li>
 *   <li>{@code close} from 100 interactions <em>and</em> 60 active days: about two months of it.</li>
 * </ul>
 *
 * <p>The later stages need both numbers, so a burst of chatting in one afternoon cannot make the coach act like
 * an old friend, and neither can two months of opening the app once and leaving.
 */
public final class RelationshipStages {
    static final int BUILDING_INTERACTIONS = 5;
    static final int BUILDING_ACTIVE_DAYS = 3;
    static final int ESTABLISHED_INTERACTIONS = 30;
    static final int ESTABLISHED_ACTIVE_DAYS = 14;
    static final int CLOSE_INTERACTIONS = 100;
    static final int CLOSE_ACTIVE_DAYS = 60;
    /** Active days beyond this many earn nothing more: a count may stop here. */
    static final int ACTIVE_DAYS_THAT_COUNT = CLOSE_ACTIVE_DAYS;
    /** The stage a relationship never grows out of (and never goes back from, see {@link #atLeast}). */
    static final RelationshipStage LAST = RelationshipStage.CLOSE;

    private RelationshipStages() {
    }

    /** The stage these counts earn; negative counts read as none. */
    public static RelationshipStage stageFor(int interactions, int activeDays) {
        if (interactions >= CLOSE_INTERACTIONS && activeDays >= CLOSE_ACTIVE_DAYS) {
            return RelationshipStage.CLOSE;
        }
        if (interactions >= ESTABLISHED_INTERACTIONS && activeDays >= ESTABLISHED_ACTIVE_DAYS) {
            return RelationshipStage.ESTABLISHED;
        }
        if (interactions >= BUILDING_INTERACTIONS || activeDays >= BUILDING_ACTIVE_DAYS) {
            return RelationshipStage.BUILDING;
        }
        return RelationshipStage.NEW;
    }

    /**
     * The later of the two, so a relationship never goes back: a quiet month after a close year does not make the
     * coach a stranger again. A missing stage reads as {@code new}.
     */
    public static RelationshipStage atLeast(RelationshipStage current, RelationshipStage computed) {
        RelationshipStage a = current == null ? RelationshipStage.NEW : current;
        RelationshipStage b = computed == null ? RelationshipStage.NEW : computed;
        return a.compareTo(b) >= 0 ? a : b;
    }
}
