package app.rune.service.transfer.loop;

import app.rune.service.transfer.InvalidImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of a Loop CSV export that an import reads ({@code Habits.csv} and each habit's {@code Checkmarks.csv}),
 * from the zip Loop writes or from the folder it unpacks to, by their path inside it ({@code 001 Read/Checkmarks.csv}).
 * A zip that unpacked would be larger than {@link #MOST_BYTES} or hold more than {@link #MOST_ENTRIES} entries is
 * refused as it is read, so a zip bomb cannot use up memory.
 */
final class LoopCsvFiles {
    static final long MOST_BYTES = 256L * 1024 * 1024;
    static final int MOST_ENTRIES = 20_000;
    private static final int DEEPEST = 3;

    private LoopCsvFiles() {
    }

    /** The wanted files of a zip, by path with forward slashes. */
    static Map<String, byte[]> ofZip(Path zip, String source) throws InvalidImportException, IOException {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        // ZipFile reads the zip's directory at its end, so a zip cut short or damaged is found out here.
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            if (archive.size() > MOST_ENTRIES) {
                throw LoopText.refused(source, "", "holds more than " + MOST_ENTRIES + " files; a Loop CSV export"
                        + " holds two or three for each habit");
            }
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !wanted(name)) {
                    continue;
                }
                byte[] content;
                try (InputStream in = archive.getInputStream(entry)) {
                    // Never more than the limit, whatever size the entry claims.
                    content = in.readNBytes((int) Math.min(MOST_BYTES - total + 1, Integer.MAX_VALUE - 16));
                } catch (IOException e) {
                    // Compressed data that ends early or does not inflate: the zip is damaged there.
                    throw LoopText.refused(source, name, "cannot be unpacked (the zip is damaged or cut short)");
                }
                total += content.length;
                if (total > MOST_BYTES) {
                    throw LoopText.refused(source, "", "unpacks to more than 256 MiB of CSV; that is not a Loop CSV"
                            + " export Rune can read");
                }
                if (files.put(name, content) != null) {
                    throw LoopText.refused(source, name, "is in the zip twice");
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8.
            throw LoopText.refused(source, "", "is not a zip file that can be read (it is damaged or cut short)");
        }
        return files;
    }

    /** The wanted files under {@code folder}, by path relative to it. */
    static Map<String, byte[]> ofFolder(Path folder, String source) throws InvalidImportException, IOException {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        List<Path> found;
        try (Stream<Path> walk = Files.walk(folder, DEEPEST)) {
            found = walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).limit(MOST_ENTRIES + 1L)
                    .toList();
        }
        for (Path file : found) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            if (!wanted(name)) {
                continue;
            }
            total += Files.size(file);
            if (total > MOST_BYTES) {
                throw LoopText.refused(source, "", "holds more than 256 MiB of CSV; that is not a Loop CSV export"
                        + " Rune can read");
            }
            try (InputStream in = Files.newInputStream(file)) {
                files.put(name, in.readNBytes((int) (MOST_BYTES + 1)));
            }
        }
        return files;
    }

    private static boolean wanted(String name) {
        return name.endsWith("Habits.csv") || name.endsWith("Checkmarks.csv");
    }
}
