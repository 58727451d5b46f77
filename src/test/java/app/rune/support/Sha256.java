package app.rune.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** SHA-256 of bytes and files: to tell whether a file Rune was given is still there byte for byte. */
public final class Sha256 {
    private Sha256() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String of(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    /** Every file under {@code folder} by its path inside it, with its SHA-256: to tell whether anything changed. */
    public static Map<String, String> ofFolder(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString(), of(file));
            }
        }
        return hashes;
    }

    /** The files anywhere under {@code folder} of {@code length} bytes whose SHA-256 is {@code hash}. */
    public static List<Path> filesHolding(Path folder, long length, String hash) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                if (Files.size(file) == length && of(file).equals(hash)) {
                    found.add(file);
                }
            }
        }
        return found;
    }
}
