package app.rune.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects problems while a validator walks a document, keeping track of where it is. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public void add(String path, String message) {
        found.add(new Problem(path, message));
    }

    public void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
