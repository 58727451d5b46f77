package app.rune.store;

import java.util.function.Supplier;

/**
 * Makes the writes of one person's action one commit: a tick with its notes and ratings, a check-in with what
 * the coach says about it. Under a crash at any moment the data then holds all of the action or none of it.
 */
@FunctionalInterface
public interface AtomicChanges {

    /** Runs {@code change}; what it saves reaches the disk together when it returns, or none of it if it fails. */
    <T> T inOneCommit(Supplier<T> change);

    /** Runs {@code change} as one commit, for changes with nothing to return. */
    default void inOneCommit(Runnable change) {
        inOneCommit(() -> {
            change.run();
            return null;
        });
    }

    /** For stand-ins that write each save at once (tests' in-memory repositories): runs the change as it is. */
    AtomicChanges NONE = new AtomicChanges() {
        @Override
        public <T> T inOneCommit(Supplier<T> change) {
            return change.get();
        }
    };
}
