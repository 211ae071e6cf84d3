package dev.shale.migrate;

import dev.shale.config.Environment;
import dev.shale.migrate.execution.MigrationSession;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationDirectoryException;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryKind;
import dev.shale.migrate.history.SqlCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code baseline --version V}: adopts a database whose schema already exists. Every
 * migration up to V is recorded as applied (kind baseline, with its checksum) without running;
 * when V is not a file's version, a marker row records V itself.
 */
final class Baseliner {
    private final Environment environment;
    private final MigrationListener listener;

    Baseliner(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    /** The versions recorded. */
    List<String> baseline(String versionText) {
        MigrationVersion version = Migrator.version(versionText);
        MigrationSet set = new MigrationDirectory().load(environment.migrationsDir());
        try (MigrationSession session = MigrationSession.open(environment, listener)) {
            session.lock();
            List<HistoryEntry> history = session.readOrCreateHistory();
            if (!history.isEmpty()) {
                throw new MigrationDirectoryException("the history table " + session.historyTable().displayName()
                        + " already has " + history.size() + " entries; baseline adopts a database Shale has "
                        + "never migrated", "see 'shale status'");
            }
            String by = System.getProperty("user.name", "unknown");
            List<SqlCommand> commands = new ArrayList<>();
            List<String> versions = new ArrayList<>();
            int rank = 1;
            for (MigrationScript script : set.versioned()) {
                if (script.version().orElseThrow().compareTo(version) <= 0) {
                    commands.add(session.historyTable().insert(row(rank++, script.version(), script.description(),
                            script.script(), script.checksum(), by)));
                    versions.add(script.version().get().text());
                }
            }
            if (set.find(version).isEmpty()) {
                commands.add(session.historyTable().insert(row(rank, Optional.of(version), "baseline", "", null, by)));
                versions.add(version.text());
            }
            session.write(commands);
            return versions;
        }
    }

    private static HistoryEntry row(int rank, Optional<MigrationVersion> version, String description, String script,
                                    String checksum, String by) {
        return new HistoryEntry(rank, version, description, HistoryKind.BASELINE, script, checksum, Instant.now(), by,
                0, true, 0, 0);
    }
}
