package app.rune.store;

import app.rune.support.RuneProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Watches a data folder from outside while a command runs, to see when it first touches the folder (a file
 * appears or goes, such as its lock) and when it first writes (a file changes, or a file with content appears),
 * without reading any file. Used to aim kills at the parts of a run that matter.
 */
final class FolderWatch {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** What a folder's files look like: size and modification time by name. */
    private final Map<String, String> start;
    private final Path folder;

    FolderWatch(Path folder) throws IOException {
        this.folder = folder;
        this.start = look(folder);
    }

    /** Milliseconds from the command's start until it touched the folder; -1 if it ended first or took too long. */
    long awaitTouch(RuneProcess process) throws Exception {
        return await(process, false);
    }

    /** Milliseconds from the command's start until it first wrote to the folder; -1 if it never did in time. */
    long awaitWrite(RuneProcess process) throws Exception {
        return await(process, true);
    }

    private long await(RuneProcess process, boolean write) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean alive = process.isAlive();
            Map<String, String> now = look(folder);
            if (write ? wrote(now) : !now.keySet().equals(start.keySet())) {
                return process.millisRunning();
            }
            if (!alive) {
                return -1;
            }
            Thread.sleep(1);
        }
        return -1;
    }

    private boolean wrote(Map<String, String> now) {
        for (Map.Entry<String, String> file : now.entrySet()) {
            String before = start.get(file.getKey());
            if (before == null ? !file.getValue().startsWith("0 ") : !before.equals(file.getValue())) {
                return true;
            }
        }
        return !now.keySet().containsAll(start.keySet());
    }

    private static Map<String, String> look(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        files.put(file.getFileName().toString(), attributes.size() + " " + attributes.lastModifiedTime());
                    }
                } catch (NoSuchFileException gone) {
                    // Renamed or deleted between the listing and the look: the next look sees it.
                }
            }
        }
        return files;
    }
}
