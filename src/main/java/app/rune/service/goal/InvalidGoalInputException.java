package app.rune.service.goal;

/** The service was asked to store something the form should not have allowed; nothing was written. */
public final class InvalidGoalInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InputProblem problem;

    public InvalidGoalInputException(InputProblem problem) {
        super(problem.key() + " " + problem.arguments());
        this.problem = problem;
    }

    public InputProblem problem() {
        return problem;
    }
}
