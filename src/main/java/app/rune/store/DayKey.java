package app.rune.store;

/**
 * The {@code day_key} of a {@code daily_progress} document: its user and ISO date in one text whose order is the
 * order of users, then of dates. One unique single-field index on it finds a day, a date range and the users
 * that have days. (Nitrite's compound index keeps all of a person's dates in one index entry, which it wrote out
 * whole at every tick: with years of history that was most of a tick's time.)
 *
 * <p>The form is {@code <length of user>:<user><U+001F><date>}. The length makes each user's prefix one that no
 * other user's keys start with, whatever characters the ids hold, so a person's days are one unbroken run of the
 * index and a walk can jump from one user's run to the next.
 */
final class DayKey {
    private static final char BEFORE_DATE = '\u001F';
    /** Above every character of an ISO date. */
    private static final char PAST_EVERY_DATE = '\uFFFF';

    private DayKey() {
    }

    static String of(String userId, String isoDate) {
        return firstOf(userId) + isoDate;
    }

    /** At or before every day key of {@code userId}, and after every key of the users before them. */
    static String firstOf(String userId) {
        return userId.length() + ":" + userId + BEFORE_DATE;
    }

    /** After every day key of {@code userId}, and before every key of the users after them. */
    static String pastLastOf(String userId) {
        return firstOf(userId) + PAST_EVERY_DATE;
    }

    /** The user a day key was made for. */
    static String userOf(String dayKey) {
        int colon = dayKey.indexOf(':');
        int length = Integer.parseInt(dayKey.substring(0, colon));
        return dayKey.substring(colon + 1, colon + 1 + length);
    }
}
