package app.rune.service.transfer;

import app.rune.model.validation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** An import file that cannot be stored as it is; nothing was written. Lists every problem found, by path. */
public final class InvalidImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;
    private final boolean more;

    public InvalidImportException(String source, List<Problem> problems) {
        this(source, problems, false);
    }

    /** With {@code more}: checking stopped after {@code problems}, and there may be others. */
    public InvalidImportException(String source, List<Problem> problems, boolean more) {
        this(source, problems, "imported", more);
    }

    /** @param done what did not happen, for the message: "imported", "restored" */
    public InvalidImportException(String source, List<Problem> problems, String done) {
        this(source, problems, done, false);
    }

    private InvalidImportException(String source, List<Problem> problems, String done, boolean more) {
        super(describe(source, problems, done, more));
        this.problems = List.copyOf(problems);
        this.more = more;
    }

    /** The same problems, told about another operation that reads the same format (a restore). */
    public InvalidImportException forOperation(String source, String done) {
        return new InvalidImportException(source, problems, done, more);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems, String done, boolean more) {
        if (problems.size() == 1 && problems.get(0).path().isEmpty() && !more) {
            return source + ": " + problems.get(0).message() + ". Nothing was " + done + ".";
        }
        String header = more
                ? source + ": more than " + problems.size() + " problems, nothing was " + done + ";"
                        + " checking stopped after these:"
                : source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + ", nothing was " + done + ":";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator(),
                header + System.lineSeparator(), ""));
    }
}
