package dev.shale.compare;

import dev.shale.DatabaseUnavailableException;
import dev.shale.config.Environment;
import dev.shale.dialect.ConnectFailures;
import dev.shale.migrate.MigrationState;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryTable;
import dev.shale.migrate.steps.MigrationRow;
import dev.shale.migrate.steps.MigrationStates;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an environment's history says was applied, joined with the migration directory: the
 * files to replay for its expected schema, and where history and directory disagree.
 *
 * @param replay         the files of the migrations applied on the environment, in version order
 * @param findings       history and directory disagreements, pending migrations included
 * @param appliedVersion the newest version applied on the environment
 * @param hasHistory     false when the environment has no history table (never migrated)
 */
public record AppliedMigrations(List<MigrationScript> replay, List<MigrationFinding> findings,
                                Optional<String> appliedVersion, boolean hasHistory) {

    public AppliedMigrations {
        replay = List.copyOf(replay);
        findings = List.copyOf(findings);
    }

    /** Reads the history on a read-only session and joins it with the directory. */
    public static AppliedMigrations read(Environment environment) {
        var set = new MigrationDirectory().load(environment.migrationsDir());
        Optional<List<HistoryEntry>> history = readHistory(environment);
        List<MigrationRow> rows = MigrationStates.of(set, history.orElse(List.of()));
        List<MigrationScript> replay = new ArrayList<>();
        List<MigrationFinding> findings = new ArrayList<>();
        for (MigrationRow row : rows) {
            row.script().filter(s -> replayed(row.state())).ifPresent(replay::add);
            finding(row).ifPresent(findings::add);
        }
        Optional<String> applied = history.orElse(List.of()).stream()
                .filter(e -> e.success() && e.version().isPresent())
                .map(e -> e.version().get()).max(java.util.Comparator.naturalOrder()).map(Object::toString);
        return new AppliedMigrations(replay, findings, applied, history.isPresent());
    }

    private static Optional<List<HistoryEntry>> readHistory(Environment environment) {
        HistoryTable table = new HistoryTable(environment.url().dialect(), environment);
        // Drift reads production too: a read-only session makes "never writes" the server's guarantee.
        try (Connection connection = environment.url().connectReadOnly()) {
            return table.read(connection);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the history table " + table.displayName() + " of "
                    + environment.url().display() + ": " + ConnectFailures.firstLine(e),
                    "check that the user may read it (run with --debug for details)", e);
        }
    }

    /** Migrations whose effect the environment holds, as far as its history says. */
    private static boolean replayed(MigrationState state) {
        return switch (state) {
            case APPLIED, CHECKSUM_MISMATCH, BASELINE, OUTDATED -> true;
            default -> false;
        };
    }

    private static Optional<MigrationFinding> finding(MigrationRow row) {
        String version = row.version();
        String script = row.scriptName();
        String label = version.isEmpty() ? script : version + " " + row.description();
        return Optional.ofNullable(switch (row.state()) {
            case MISSING_FILE, FUTURE -> new MigrationFinding(MigrationFinding.Kind.MISSING_FILE, version, script,
                    "migration " + label + " (" + script + ") is applied but its file is missing from the directory");
            case CHECKSUM_MISMATCH -> new MigrationFinding(MigrationFinding.Kind.CHANGED_SINCE_APPLIED, version,
                    script, "migration " + label + " was edited after it was applied");
            case FAILED -> new MigrationFinding(MigrationFinding.Kind.FAILED, version, script,
                    "migration " + label + " stopped part-way; the schema is between two versions");
            case PENDING -> new MigrationFinding(MigrationFinding.Kind.PENDING, version, script,
                    "migration " + label + " is pending (not drift: 'shale migrate' applies it)");
            case OUTDATED -> new MigrationFinding(MigrationFinding.Kind.OUTDATED, version, script,
                    "repeatable migration " + script + " changed since it ran ('shale migrate' re-applies it)");
            default -> null;
        });
    }
}
