package dev.zonegraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Bolt port's password when auth is on and none is configured: generated at the first start, stored
 * in the data folder in a file only its owner can read, and told once in the log.
 */
final class BoltLogin {

    /** The file in the data folder holding the generated password (one line). */
    static final String FILE = "bolt-password";

    private static final Logger log = LoggerFactory.getLogger(BoltLogin.class);
    private static final SecureRandom random = new SecureRandom();

    private BoltLogin() {
    }

    /** The stored password, or a new one stored now. */
    static String readOrCreate(Path home, String user) {
        Path file = home.resolve(FILE);
        try {
            if (Files.exists(file)) {
                log.info("Embedded Bolt needs a login: user '{}', password in {}", user, file);
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            createOwnerOnly(file);
            Files.writeString(file, password + "\n");
            log.warn("Embedded Bolt needs a login, generated now and told only this once: user '{}', password '{}' "
                    + "(stored in {}, readable only by its owner)", user, password, file);
            return password;
        } catch (IOException e) {
            throw new StartupFailure("the Bolt login in " + file + " cannot be read or written: "
                    + EmbeddedNeo4j.rootMessage(e), "check the data folder's permissions, or set ZONEGRAPH_NEO4J_PASSWORD", e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            var f = file.toFile();
            boolean restricted = f.setReadable(false, false) && f.setReadable(true, true)
                    && f.setWritable(false, false) && f.setWritable(true, true);
            if (!restricted) {
                throw new IOException("cannot restrict " + file + " to its owner");
            }
        }
    }
}
