package dev.shale.migrate.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, the one hash of the migration directory and the history checksums. */
final class Hashes {
    /**
     * Looked up once: a provider lookup per file is most of the cost of hashing a thousand small
     * migration files. Never updated, so cloning it is safe from any thread.
     */
    private static final MessageDigest SHA_256 = lookUp();

    private Hashes() {
    }

    /** A fresh SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
