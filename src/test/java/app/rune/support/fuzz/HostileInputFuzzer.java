package app.rune.support.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Feeds hostile variants of valid files to an operation that takes bytes and either stores what they say or
 * refuses them ({@code rune import}, and any later command that reads the same format). Every case must end in
 * one of two ways:
 * <ul>
 *   <li><b>accepted</b>: the operation returns, and the {@link SuccessCheck} agrees with what changed;</li>
 *   <li><b>refused</b>: the operation throws the refusal type, the {@link RefusalCheck} finds its message clear,
 *       and the state is exactly what it was before.</li>
 * </ul>
 * Anything else (another exception, an {@link Error} such as {@link StackOverflowError}, a changed state after a
 * refusal, a case that runs for seconds) is a failure. Failures are collected, each with the run seed, the case
 * seed and the mutation in words, and the input is saved so it can be opened; the run ends with one
 * {@link AssertionError} listing them.
 *
 * <pre>{@code
 * HostileInputFuzzer.Summary summary = HostileInputFuzzer.<DataSet>target("import")
 *         .operation(content -> importer.importContent("fuzz.json", content))
 *         .refusedWith(InvalidImportException.class, (refusal, mutation) -> ...asserts...)
 *         .state(store::readAll)
 *         .onSuccess((content, before, after) -> ...asserts...)
 *         .run(bases, FuzzSettings.fromSystemProperties(...));
 * }</pre>
 *
 * @param <S> a snapshot of everything the operation may change; compared with {@link Objects#equals}
 */
public final class HostileInputFuzzer<S> {
    /** The operation under test: returns when it stored the content, throws the refusal type when it refused. */
    @FunctionalInterface
    public interface Operation {
        void apply(byte[] content) throws Exception;
    }

    /** Asserts (throws {@link AssertionError}) that a refusal says clearly what is wrong and where. */
    @FunctionalInterface
    public interface RefusalCheck {
        void check(Exception refusal, Mutation mutation);
    }

    /** Asserts (throws {@link AssertionError}) that what an accepted content changed is what it said. */
    @FunctionalInterface
    public interface SuccessCheck<S> {
        void check(byte[] content, S before, S after);
    }

    /** What a run did: how many cases, how each kind of mutation ended, how long it took. */
    public record Summary(long seed, int cases, int accepted, int refused, Map<Mutator.Kind, int[]> byKind,
            Duration took) {
        /** How many cases started with a mutation of {@code kind}. */
        public int cases(Mutator.Kind kind) {
            int[] counts = byKind.get(kind);
            return counts == null ? 0 : counts[0] + counts[1];
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("seed " + seed + ": " + cases + " cases in " + took.toMillis() + " ms, "
                    + accepted + " accepted, " + refused + " refused;");
            byKind.forEach((kind, counts) -> out.append(' ').append(kind).append(' ').append(counts[0]).append('/')
                    .append(counts[1]));
            return out.append(" (accepted/refused)").toString();
        }
    }

    private final String name;
    private Operation operation;
    private Class<? extends Exception> refusal;
    private RefusalCheck refusalCheck = (e, m) -> { };
    private Supplier<S> state;
    private SuccessCheck<S> successCheck = (content, before, after) -> { };
    private final Mutator mutator = new Mutator();

    private HostileInputFuzzer(String name) {
        this.name = name;
    }

    /** Starts describing a target; {@code name} appears in messages and in the names of saved inputs. */
    public static <S> HostileInputFuzzer<S> target(String name) {
        return new HostileInputFuzzer<>(name);
    }

    public HostileInputFuzzer<S> operation(Operation operation) {
        this.operation = operation;
        return this;
    }

    /** The one exception type that means "refused, nothing changed", and what its message must show. */
    public HostileInputFuzzer<S> refusedWith(Class<? extends Exception> type, RefusalCheck check) {
        this.refusal = type;
        this.refusalCheck = check;
        return this;
    }

    /** Reads a snapshot of everything the operation may change; read before and after every case. */
    public HostileInputFuzzer<S> state(Supplier<S> state) {
        this.state = state;
        return this;
    }

    public HostileInputFuzzer<S> onSuccess(SuccessCheck<S> check) {
        this.successCheck = check;
        return this;
    }

    /**
     * Runs {@code settings.cases()} cases (or only {@code settings.onlyCase()}), each a mutation of one of
     * {@code bases}, and throws an {@link AssertionError} listing every failure found.
     */
    public Summary run(List<BaseFile> bases, FuzzSettings settings) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(refusal, "refusal type");
        Objects.requireNonNull(state, "state");
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no base files");
        }
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int failed = 0;
        int accepted = 0;
        int refused = 0;
        Map<Mutator.Kind, int[]> byKind = new EnumMap<>(Mutator.Kind.class);
        S before = state.get();
        List<Long> caseSeeds = settings.onlyCase().isPresent()
                ? List.of(settings.onlyCase().getAsLong())
                : LongStream.range(0, settings.cases()).map(i -> caseSeed(settings.seed(), i)).boxed().toList();
        for (int i = 0; i < caseSeeds.size(); i++) {
            long caseSeed = caseSeeds.get(i);
            Random random = new Random(caseSeed);
            BaseFile base = bases.get(random.nextInt(bases.size()));
            Mutator.Kind kind = Mutator.pick(random);
            Mutation mutation = mutator.mutate(base, random, kind);
            Outcome<S> outcome = runOne(mutation, before);
            before = outcome.after;
            int[] counts = byKind.computeIfAbsent(kind, k -> new int[2]);
            counts[outcome.accepted ? 0 : 1]++;
            if (outcome.accepted) {
                accepted++;
            } else {
                refused++;
            }
            if (outcome.problem != null) {
                failed++;
                failures.add(report(i, caseSeed, settings, mutation, outcome.problem));
            }
        }
        Summary summary = new Summary(settings.seed(), caseSeeds.size(), accepted, refused, byKind,
                Duration.ofNanos(System.nanoTime() - started));
        if (failed > 0) {
            String all = saveReport(failures, settings.failureFolder());
            List<String> shown = failures.subList(0, Math.min(failures.size(), settings.maxReported()));
            throw new AssertionError(name + ": " + failed + " of " + caseSeeds.size() + " cases failed (" + summary
                    + "). " + (failed > shown.size() ? "The first " + shown.size() + ":" : "") + System.lineSeparator()
                    + String.join(System.lineSeparator(), shown)
                    + (all == null ? "" : System.lineSeparator() + "Every failure is listed in " + all));
        }
        return summary;
    }

    private record Outcome<T>(boolean accepted, T after, String problem) {
    }

    private Outcome<S> runOne(Mutation mutation, S before) {
        long started = System.nanoTime();
        Throwable thrown = null;
        try {
            operation.apply(mutation.content());
        } catch (Throwable t) {
            thrown = t;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        S after;
        try {
            after = state.get();
        } catch (RuntimeException | Error e) {
            return new Outcome<>(thrown == null, before, "the state could not be read afterwards: " + stackTrace(e)
                    + (thrown == null ? "" : System.lineSeparator() + "after the operation threw " + stackTrace(thrown)));
        }
        List<String> problems = new ArrayList<>();
        if (thrown == null) {
            try {
                successCheck.check(mutation.content(), before, after);
            } catch (AssertionError | RuntimeException e) {
                problems.add("accepted, but " + abbreviate(e.getMessage(), 1500));
            }
        } else if (refusal.isInstance(thrown)) {
            try {
                refusalCheck.check((Exception) thrown, mutation);
            } catch (AssertionError | RuntimeException e) {
                problems.add("refused unclearly: " + abbreviate(e.getMessage(), 1000) + System.lineSeparator() + "    the refusal was: "
                        + abbreviate(thrown.getMessage(), 2000));
            }
            if (!Objects.equals(before, after)) {
                problems.add("refused, but the state changed");
            }
        } else {
            problems.add("threw " + stackTrace(thrown) + (Objects.equals(before, after) ? "" : System.lineSeparator()
                    + "    and the state changed"));
        }
        if (took.compareTo(FuzzSettings.SLOW_CASE) > 0) {
            problems.add("took " + took.toMillis() + " ms");
        }
        return new Outcome<>(thrown == null, after, problems.isEmpty() ? null : String.join(System.lineSeparator() + "    ", problems));
    }

    private String report(int index, long caseSeed, FuzzSettings settings, Mutation mutation, String problem) {
        String saved = save(caseSeed, mutation, settings.failureFolder());
        return "- case " + index + " (case seed " + caseSeed + "): " + abbreviate(mutation.toString(), 600)
                + System.lineSeparator() + "    " + problem
                + System.lineSeparator() + "    replay the run with -D" + FuzzSettings.SEED_PROPERTY + "=" + settings.seed()
                + ", or this case alone with -D" + FuzzSettings.CASE_PROPERTY + "=" + caseSeed
                + (saved == null ? "" : "; input saved as " + saved);
    }

    private String save(long caseSeed, Mutation mutation, Path folder) {
        if (folder == null) {
            return null;
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + "-" + caseSeed + ".json");
            Files.write(file, mutation.content());
            return file.toString();
        } catch (IOException e) {
            return null;
        }
    }

    private String saveReport(List<String> failures, Path folder) {
        if (folder == null) {
            return null;
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + "-failures.txt");
            Files.write(file, failures);
            return file.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** The seed of case {@code index} in a run: spread out (SplitMix64) so neighbouring cases differ. */
    static long caseSeed(long runSeed, long index) {
        long z = runSeed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The throwable and its causes, each with its first frames: enough to find the line, short enough to read. */
    private static String stackTrace(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable each = t; each != null; each = each.getCause() == each ? null : each.getCause()) {
            if (each != t) {
                out.append(System.lineSeparator()).append("      caused by ");
            }
            out.append(each.getClass().getName()).append(": ").append(abbreviate(each.getMessage(), 500));
            StackTraceElement[] frames = each.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, each == t ? 20 : 8); i++) {
                out.append(System.lineSeparator()).append("        at ").append(frames[i]);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text, int max) {
        if (text == null) {
            return "(no message)";
        }
        return text.length() > max ? text.substring(0, max) + "...(" + text.length() + " chars)" : text;
    }
}
