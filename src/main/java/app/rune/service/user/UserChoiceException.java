package app.rune.service.user;

/** The command did not say which user it is for, or named one that is not in the data folder. */
public final class UserChoiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public UserChoiceException(String message) {
        super(message);
    }
}
