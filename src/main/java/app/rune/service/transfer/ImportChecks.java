package app.rune.service.transfer;

import app.rune.model.Collection;
import app.rune.model.DailyProgress;
import app.rune.model.DailyTask;
import app.rune.model.StoredDocument;
import app.rune.model.TaskEntry;
import app.rune.model.UserGoals;
import app.rune.model.validation.Problems;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of an import that span documents: one {@code _id} per document, one document per person and day,
 * and amounts only for measurable tasks (the task may be in the file or stored already).
 */
final class ImportChecks {

    /** What is stored already, as far as the checks need it. */
    interface Stored {
        /** Nothing stored: a restore replaces everything, so only the file counts. */
        Stored NOTHING = new Stored() {
            @Override
            public Optional<DailyProgress> progress(String user, LocalDate date) {
                return Optional.empty();
            }

            @Override
            public Optional<UserGoals> goals(String user) {
                return Optional.empty();
            }
        };

        Optional<DailyProgress> progress(String user, LocalDate date);

        Optional<UserGoals> goals(String user);
    }

    /** A document that passed its own checks, with its position in the file for later messages. */
    record Bound(int index, StoredDocument document) {
        String path(Collection kind) {
            return kind.collectionName() + "[" + index + "]";
        }
    }

    private ImportChecks() {
    }

    static void checkAcross(Map<Collection, List<Bound>> documents, Stored stored, Problems problems) {
        checkUniqueIds(documents, problems);
        List<Bound> progress = documents.getOrDefault(Collection.DAILY_PROGRESS, List.of());
        checkOneDocumentPerDay(progress, stored, problems);
        checkAmounts(progress, documents.getOrDefault(Collection.USER_GOALS, List.of()), stored, problems);
    }

    private static void checkUniqueIds(Map<Collection, List<Bound>> documents, Problems problems) {
        documents.forEach((kind, bound) -> {
            Map<String, Bound> first = new HashMap<>();
            for (Bound each : bound) {
                String id = each.document().id();
                Bound earlier = first.putIfAbsent(id, each);
                if (earlier != null) {
                    problems.add(each.path(kind) + "._id",
                            Problems.quote(id) + " is also the _id of " + earlier.path(kind));
                }
            }
        });
    }

    private static void checkOneDocumentPerDay(List<Bound> progress, Stored stored, Problems problems) {
        Map<String, Bound> seen = new HashMap<>();
        // A stored document that this file replaces (same _id) gives up its day, so it conflicts with nothing.
        Set<String> replacedIds = new HashSet<>();
        progress.forEach(each -> replacedIds.add(((DailyProgress) each.document()).id()));
        for (Bound each : progress) {
            DailyProgress day = (DailyProgress) each.document();
            String path = each.path(Collection.DAILY_PROGRESS);
            Bound earlier = seen.putIfAbsent(day.userId() + "\u0000" + day.date(), each);
            if (earlier != null) {
                problems.add(path, "user " + Problems.quote(day.userId()) + " has another document for " + day.date()
                        + " in this file (" + earlier.path(Collection.DAILY_PROGRESS) + "); a day has one document");
                continue;
            }
            stored.progress(day.userId(), day.date())
                    .filter(existing -> !replacedIds.contains(existing.id()))
                    .ifPresent(existing -> problems.add(path, "user " + Problems.quote(day.userId())
                            + " already has a document for " + day.date() + " with _id " + Problems.quote(existing.id())
                            + "; use that _id to replace it"));
        }
    }

    /**
     * An amount belongs to a measurable task: on a yes/no task it would be a number nobody sees. The task is
     * looked up in the person's goals as the file gives them, or as stored when the file has none; a task found
     * in neither is left alone, as days of tasks since deleted are.
     */
    private static void checkAmounts(List<Bound> progress, List<Bound> goals, Stored stored, Problems problems) {
        Map<String, UserGoals> inFile = new HashMap<>();
        goals.forEach(each -> inFile.put(each.document().id(), (UserGoals) each.document()));
        Map<String, Map<String, DailyTask>> tasksByUser = new HashMap<>();
        for (Bound each : progress) {
            DailyProgress day = (DailyProgress) each.document();
            Map<String, DailyTask> tasks = tasksByUser.computeIfAbsent(day.userId(), user -> tasksOf(
                    Optional.ofNullable(inFile.get(user)).or(() -> stored.goals(user))));
            for (int i = 0; i < day.tasks().size(); i++) {
                TaskEntry entry = day.tasks().get(i);
                DailyTask task = tasks.get(entry.taskId());
                if (entry.amount() != null && task != null && !task.measurable()) {
                    problems.add(each.path(Collection.DAILY_PROGRESS) + ".tasks[" + i + "].amount",
                            "task " + Problems.quote(entry.taskId()) + " is a yes/no task and has no amount");
                }
            }
        }
    }

    /** The tasks of a person's goals, current and archived, by id. */
    static Map<String, DailyTask> tasksOf(Optional<UserGoals> goals) {
        Map<String, DailyTask> tasks = new HashMap<>();
        // Task ids are unique across all of a person's goals, current and archived.
        goals.ifPresent(g -> g.goals().forEach(placed -> placed.goal().dailyTasks()
                .forEach(t -> tasks.putIfAbsent(t.id(), t))));
        return tasks;
    }
}
