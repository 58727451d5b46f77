package app.rune.service.transfer;

import app.rune.model.validation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** An import file that cannot be stored as it is; nothing was written. Lists every problem found, by path. */
public final class InvalidImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidImportException(String source, List<Problem> problems) {
        this(source, problems, "imported");
    }

    /** @param done what did not happen, for the message: "imported", "restored" */
    public InvalidImportException(String source, List<Problem> problems, String done) {
        super(describe(source, problems, done));
        this.problems = List.copyOf(problems);
    }

    /** The same problems, told about another operation that reads the same format (a restore). */
    public InvalidImportException forOperation(String source, String done) {
        return new InvalidImportException(source, problems, done);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems, String done) {
        if (problems.size() == 1 && problems.get(0).path().isEmpty()) {
            return source + ": " + problems.get(0).message() + ". Nothing was " + done + ".";
        }
        String header = source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ", nothing was " + done + ":";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator(),
                header + System.lineSeparator(), ""));
    }
}
