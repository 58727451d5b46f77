package app.rune.support.fuzz;

/**
 * One hostile variant of a valid file: the bytes to feed, and what was done to the original, in words a person
 * can follow when a case fails ({@code wrong type at daily_progress[3].tasks[0].completed: true -> []}).
 */
public record Mutation(String base, String description, byte[] content) {

    @Override
    public String toString() {
        return description + " (from " + base + ", " + content.length + " bytes)";
    }
}
