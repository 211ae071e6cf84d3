package dev.shale;

/**
 * The process exit codes of every Shale surface. They are part of the public contract:
 * CI pipelines branch on them, so a code never changes meaning.
 */
public enum ExitCode {
    /** The command did what was asked and found nothing wrong. */
    OK(0),
    /** A check ran and found problems (lint findings, drift, an invalid migration directory). */
    PROBLEMS_FOUND(1),
    /** The command line or the configuration is wrong; nothing was changed. */
    USAGE(2),
    /** The database could not be reached, or refused the credentials. */
    DATABASE_UNAVAILABLE(3),
    /** A migration failed; the history says how far it got. */
    MIGRATION_FAILED(4),
    /** A bug in Shale: an unexpected failure, reported with its stack trace under --debug. */
    INTERNAL_ERROR(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
