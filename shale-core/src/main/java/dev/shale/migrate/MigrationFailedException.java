package dev.shale.migrate;

import dev.shale.ExitCode;
import dev.shale.ShaleException;

/** A migration (or its rollback) failed on the database; the history says how far it got. Exit code 4. */
public class MigrationFailedException extends ShaleException {
    public MigrationFailedException(String message, String hint, Throwable cause) {
        super(ExitCode.MIGRATION_FAILED, message, hint, cause);
    }
}
