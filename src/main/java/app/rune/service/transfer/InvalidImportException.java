package app.rune.service.transfer;

import app.rune.model.validation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** An import file that cannot be stored as it is; nothing was written. Lists every problem found, by path. */
public final class InvalidImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidImportException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        if (problems.size() == 1 && problems.get(0).path().isEmpty()) {
            return source + ": " + problems.get(0).message() + ". Nothing was imported.";
        }
        String header = source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ", nothing was imported:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator(),
                header + System.lineSeparator(), ""));
    }
}
