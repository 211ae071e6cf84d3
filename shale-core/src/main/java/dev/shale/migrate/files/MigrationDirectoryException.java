package dev.shale.migrate.files;

import dev.shale.ExitCode;
import dev.shale.ShaleException;

/** The migration directory is not in a state Shale can work from; nothing was changed. Exit code 2. */
public class MigrationDirectoryException extends ShaleException {
    public MigrationDirectoryException(String message, String hint) {
        super(ExitCode.USAGE, message, hint);
    }
}
