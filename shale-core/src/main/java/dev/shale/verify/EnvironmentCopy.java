package dev.shale.verify;

import dev.shale.DatabaseUnavailableException;
import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.db.DatabaseUrl;
import dev.shale.devdb.DevDatabase;
import dev.shale.dialect.ConnectFailures;
import dev.shale.inspect.Inspector;
import dev.shale.inspect.SchemaFilter;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryTable;
import dev.shale.migrate.history.SqlCommand;
import dev.shale.model.DatabaseSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code verify --from-env}: recreates an environment on a scratch database — its schema
 * (inspected, rendered with the dialect's DDL), its history rows (so that "pending" means pending
 * on the environment) and, with {@code --sample-rows}, a sample of each table's rows. The
 * environment is only read, through read-only sessions.
 */
final class EnvironmentCopy {
    private final Environment environment;
    private final MigrationListener listener;

    EnvironmentCopy(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    void into(DevDatabase scratch, OptionalInt sampleRows) {
        listener.progress("copying the schema of environment " + environment.name() + " (read-only)");
        DatabaseSchema schema = SchemaFilter.withoutHistory(Inspector.inspect(environment.url(), List.of()).schema(),
                environment);
        HistoryTable history = new HistoryTable(environment.url().dialect(), environment);
        Optional<List<HistoryEntry>> applied = readHistory(history);
        try (Connection target = scratch.url().connect()) {
            createSchema(target, schema);
            if (applied.isPresent()) {
                for (SqlCommand command : history.create()) {
                    command.execute(target);
                }
                for (HistoryEntry entry : applied.get()) {
                    history.insert(entry).execute(target);
                }
            }
            if (sampleRows.isPresent()) {
                copyRows(target, schema, sampleRows.getAsInt());
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot copy environment " + environment.name()
                    + " to the scratch database " + scratch.url().display() + ": " + ConnectFailures.firstLine(e),
                    "run with --debug for details", e);
        }
    }

    private void createSchema(Connection target, DatabaseSchema schema) throws SQLException {
        try (Statement statement = target.createStatement()) {
            for (String ddl : environment.url().dialect().ddl().createStatements(schema)) {
                try {
                    statement.execute(ddl);
                } catch (SQLException e) {
                    throw new ShaleException(ExitCode.PROBLEMS_FOUND, "cannot recreate the schema of environment "
                            + environment.name() + " on the scratch database: " + ConnectFailures.firstLine(e)
                            + " (" + ddl.lines().findFirst().orElse("") + ")",
                            "Shale renders the inspected schema as CREATE statements; run without --from-env "
                                    + "to rehearse on a replay of the migrations instead", e);
                }
            }
        }
    }

    private void copyRows(Connection target, DatabaseSchema schema, int perTable) throws SQLException {
        DatabaseUrl source = environment.url();
        try (Connection read = source.connectReadOnly()) {
            RowSample sample = new RowSample(source.dialect(), read, target);
            long total = 0;
            for (var table : schema.tables()) {
                total += sample.copy(table, perTable);
            }
            listener.progress("copied " + total + " row(s), up to " + perTable + " per table");
        }
    }

    private Optional<List<HistoryEntry>> readHistory(HistoryTable history) {
        try (Connection read = environment.url().connectReadOnly()) {
            return history.read(read);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the history table " + history.displayName() + " of "
                    + environment.url().display() + ": " + ConnectFailures.firstLine(e),
                    "check that the user may read it (run with --debug for details)", e);
        }
    }
}
