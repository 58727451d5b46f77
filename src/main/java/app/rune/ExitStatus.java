package app.rune;

/** The exit statuses of every Rune command, as the README documents them. */
public final class ExitStatus {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int DATA_FOLDER_IN_USE = 3;
    /** The data file is damaged; it is left as it is. */
    public static final int DATA_FILE_DAMAGED = 4;

    private ExitStatus() {
    }
}
