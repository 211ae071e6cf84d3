package dev.shale.backup;

import dev.shale.ExitCode;
import dev.shale.ShaleException;

/** A backup or a restore that did not complete; before a migration, nothing was migrated. Exit code 4. */
public final class BackupFailedException extends ShaleException {
    public BackupFailedException(String message, String hint) {
        super(ExitCode.MIGRATION_FAILED, message, hint);
    }
}
