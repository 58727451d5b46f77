package app.rune.service.user;

import app.rune.model.validation.StoredText;
import app.rune.store.Store;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.SortedSet;

/** Who is in the data folder, which of them a command or the app acts for, and creating the first one. */
public final class UserDirectory {
    /** Used when the login name gives nothing usable. */
    public static final String FALLBACK_USER_ID = "me";

    private final Store store;
    private final Clock clock;

    public UserDirectory(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public SortedSet<String> userIds() {
        return store.userIds();
    }

    /** The zone of the folder as a whole (backup names follow it): see {@link UserZone#shared}. */
    public ZoneId sharedZone() {
        return UserZone.shared(userIds().stream().map(id -> store.userPreferences().findById(id)).toList(), clock);
    }

    /**
     * The user a command acts for: {@code requested} when given and known; otherwise the only user.
     *
     * @throws UserChoiceException when there is no user, several users and none requested, or an unknown one
     */
    public String choose(String requested) throws UserChoiceException {
        SortedSet<String> users = userIds();
        return choose(requested, users, store.folder().toString());
    }

    static String choose(String requested, SortedSet<String> users, String folder) throws UserChoiceException {
        if (requested != null) {
            if (users.contains(requested)) {
                return requested;
            }
            throw new UserChoiceException(users.isEmpty()
                    ? "There is no user \"" + requested + "\" in " + folder + " (it holds no users yet)."
                    : "There is no user \"" + requested + "\" in " + folder + ". Users: " + String.join(", ", users) + ".");
        }
        if (users.size() == 1) {
            return users.first();
        }
        if (users.isEmpty()) {
            throw new UserChoiceException("There are no users in " + folder
                    + " yet. Open the app once, or import a file with `rune import FILE`.");
        }
        throw new UserChoiceException("There are several users in " + folder + ": " + String.join(", ", users)
                + ". Choose one with --user ID.");
    }

    /**
     * The id Rune gives the person on first run: their login name, trimmed and without control characters (which
     * no one could type after {@code --user}), if that leaves text that can be stored; otherwise
     * {@value #FALLBACK_USER_ID}.
     */
    public static String idFromLoginName(String loginName) {
        String trimmed = loginName == null ? "" : loginName.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return trimmed.isEmpty() || StoredText.valueFlaw(trimmed).isPresent() ? FALLBACK_USER_ID : trimmed;
    }

    /** Makes sure {@code userId} exists, creating their preferences and conversation if they have neither. */
    public void ensureUser(String userId) {
        store.inOneCommit(() -> {
            if (store.userPreferences().findById(userId).isEmpty()) {
                store.userPreferences().save(NewUserDefaults.preferences(userId, clock.getZone()));
            }
            if (store.conversationContext().findById(userId).isEmpty()) {
                store.conversationContext().save(NewUserDefaults.conversation(userId,
                        clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            }
        });
    }
}
