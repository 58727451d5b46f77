package app.rune.model.validation;

/**
 * One thing wrong with a document, located by a path such as {@code daily_progress[3].tasks[1].difficulty_rating}.
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
