package app.rune.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where the Rune running on a data folder listens, and the key a request must carry: a Unix-domain socket and a
 * random token, both in the data folder (which only its owner may enter) and readable by the owner only. Nothing
 * listens on the network. The token is new each time the app starts, so a request needs what only the folder's
 * owner can read now.
 */
final class InstanceChannel {
    static final String SOCKET = "rune.sock";
    static final String TOKEN = "rune.token";
    /** Linux allows 108 bytes for a socket's path, macOS 104; beyond that the socket goes to the temp folder. */
    private static final int LONGEST_SOCKET_PATH = 100;

    private final Path dataFolder;

    InstanceChannel(Path dataFolder) {
        this.dataFolder = real(dataFolder);
    }

    /**
     * The folder as the file system knows it, links followed: the app and a command may name it differently (one
     * through a link, say), and must still meet at one socket, which for a long path is named after the path.
     */
    private static Path real(Path folder) {
        try {
            return folder.toAbsolutePath().toRealPath();
        } catch (IOException | RuntimeException e) {
            // Not there (yet): no Rune runs on it, and none can be asked.
            return folder.toAbsolutePath().normalize();
        }
    }

    Path dataFolder() {
        return dataFolder;
    }

    /** The socket's path: in the data folder, or (for a folder deep enough to make it too long) a temp file named after it. */
    Path socket() {
        Path inFolder = dataFolder.resolve(SOCKET);
        if (inFolder.toString().getBytes(StandardCharsets.UTF_8).length <= LONGEST_SOCKET_PATH) {
            return inFolder;
        }
        return privateTempFolder(dataFolder).resolve(digest(dataFolder.toString()) + ".sock");
    }

    /**
     * A folder in the temp folder that is this user's alone ({@code rune-<user>}, {@code rwx------}), made if
     * missing (its owner must be the data folder's): the temp folder is everyone's, and a socket there under a name another user chose first could be
     * theirs. A folder of that name that is someone else's, or open to others, is not used (no socket at all).
     */
    private static Path privateTempFolder(Path ownFolder) {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = Path.of(System.getProperty("java.io.tmpdir")).resolve("rune-" + user);
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return folder;
        }
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            // The data folder is this user's (it is made owner-only): the temp folder must have the same owner.
            boolean ours = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(ownFolder))
                    && Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS)
                            .equals(PosixFilePermissions.fromString("rwx------"));
            if (ours) {
                return folder;
            }
        } catch (IOException | RuntimeException e) {
            // Not usable: below.
        }
        throw new IllegalStateException("the temp folder " + folder + " is not this user's alone");
    }

    Path tokenFile() {
        return dataFolder.resolve(TOKEN);
    }

    /** Writes a new random token, readable by the owner only, and returns it. */
    String newToken() throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Path part = dataFolder.resolve(TOKEN + ".part");
        Files.deleteIfExists(part);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(part);
        }
        Files.writeString(part, token, StandardCharsets.US_ASCII);
        Files.move(part, tokenFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return token;
    }

    /** The running app's token; empty when there is none to read (no app running, or not ours to read). */
    Optional<String> readToken() {
        try {
            String token = Files.readString(tokenFile(), StandardCharsets.US_ASCII).trim();
            return token.isEmpty() || token.length() > 128 ? Optional.empty() : Optional.of(token);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether two tokens are the same, in a time that does not depend on where they differ. */
    static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
