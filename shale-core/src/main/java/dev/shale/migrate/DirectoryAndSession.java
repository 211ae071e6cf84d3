package dev.shale.migrate;

import dev.shale.config.Environment;
import dev.shale.migrate.execution.MigrationSession;
import dev.shale.migrate.execution.Uninterruptibly;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * The migration directory and a session on the environment's database, as a command starts.
 * On a database server the directory is read on a second thread while the connection is
 * made: both take tens of milliseconds of a short command and neither needs the other. The
 * session then does {@code meanwhile} (reads that need no migration file, such as the history
 * table) while a large directory is still being read. The outcome is as if the directory were
 * read first: a directory error wins over a connection error or a failure of {@code meanwhile},
 * and no session is left open after either. A file database (SQLite) is opened only after the
 * directory checked out, since opening it can create the file.
 */
record DirectoryAndSession(MigrationSet set, MigrationSession session) {

    static DirectoryAndSession open(Environment environment, MigrationListener listener) {
        return open(environment, listener, session -> { });
    }

    static DirectoryAndSession open(Environment environment, MigrationListener listener,
                                    Consumer<MigrationSession> meanwhile) {
        if (!environment.url().isServer()) {
            MigrationSet set = new MigrationDirectory().load(environment.migrationsDir());
            MigrationSession session = MigrationSession.open(environment, listener);
            try {
                meanwhile.accept(session);
            } catch (RuntimeException | Error failure) {
                session.close();
                throw failure;
            }
            return new DirectoryAndSession(set, session);
        }
        FutureTask<MigrationSet> read = new FutureTask<>(() -> new MigrationDirectory().load(environment.migrationsDir()));
        Thread reader = new Thread(read, "shale-migration-directory");
        reader.setDaemon(true);
        reader.start();
        MigrationSession session = null;
        try {
            session = MigrationSession.open(environment, listener);
            meanwhile.accept(session);
        } catch (RuntimeException | Error sessionFailure) {
            try {
                result(read);
            } finally {
                if (session != null) {
                    session.close();
                }
            }
            throw sessionFailure;
        }
        try {
            return new DirectoryAndSession(result(read), session);
        } catch (RuntimeException | Error directoryFailure) {
            session.close();
            throw directoryFailure;
        }
    }

    private static MigrationSet result(FutureTask<MigrationSet> read) {
        try {
            return Uninterruptibly.get(read);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
