package dev.shale.lint;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.devdb.DevDatabase;
import dev.shale.dialect.ConnectFailures;
import dev.shale.diff.Change;
import dev.shale.diff.RenameHints;
import dev.shale.diff.SchemaDiffer;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.Migrations;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.migrate.sql.SqlStatement;
import dev.shale.migrate.sql.StatementSplitter;
import dev.shale.model.DatabaseSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures what a migration does: on a fresh dev database, applies every earlier migration
 * with the real runner, inspects, then runs the migration's up statements one by one and
 * inspects after each. The database itself decides what each statement changes.
 */
public final class EffectRecorder {
    private final Environment environment;

    public EffectRecorder(Environment environment) {
        this.environment = environment;
    }

    public MigrationEffect record(MigrationSet set, MigrationScript script) {
        try (DevDatabase dev = DevDatabase.create(environment)) {
            previous(set, script).ifPresent(version -> new Migrations(
                    environment.withUrl(dev.url()).withMigrationsDir(set.dir()), MigrationListener.SILENT)
                    .migrate(MigrateOptions.defaults().target(version.toString())));
            DatabaseSchema before = dev.inspect();
            List<SqlStatement> sql = new StatementSplitter(dev.url().dialect().migrations().splitterRules())
                    .split(script.up());
            return run(dev, script, before, sql);
        }
    }

    private MigrationEffect run(DevDatabase dev, MigrationScript script, DatabaseSchema before,
                                List<SqlStatement> sql) {
        List<StatementEffect> effects = new ArrayList<>();
        RenameHints renames = RenameHints.NONE;
        DatabaseSchema current = before;
        try (Connection connection = dev.url().connect(); Statement jdbc = connection.createStatement()) {
            for (SqlStatement statement : sql) {
                execute(jdbc, script, statement);
                DatabaseSchema next = dev.inspect();
                List<Change> changes = SchemaDiffer.diff(current, next).changes();
                RenameHints found = RenameDetector.renamesIn(statement.sql(), changes);
                if (!found.equals(RenameHints.NONE)) {
                    changes = SchemaDiffer.diff(current, next, found).changes();
                    renames = RenameDetector.merge(renames, found);
                }
                effects.add(new StatementEffect(statement, changes));
                current = next;
            }
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.DATABASE_UNAVAILABLE, "lost the dev database "
                    + dev.url().display() + ": " + ConnectFailures.firstLine(e), "run again", e);
        }
        SqlStatement first = sql.isEmpty() ? new SqlStatement("", script.up().firstLine()) : sql.get(0);
        List<Change> net = SchemaDiffer.diff(before, current, renames).changes();
        return new MigrationEffect(script, before, current, effects, Attribution.attribute(net, effects, first));
    }

    private static void execute(Statement jdbc, MigrationScript script, SqlStatement statement) {
        try {
            jdbc.execute(statement.sql());
        } catch (SQLException e) {
            throw ShaleException.usage(script.script() + ":" + statement.line() + ": the migration fails on a "
                            + "throw-away database with every earlier migration applied: " + ConnectFailures.firstLine(e),
                    "fix the statement; 'shale lint' runs each migration on a dev database to see what it does");
        }
    }

    private static Optional<MigrationVersion> previous(MigrationSet set, MigrationScript script) {
        MigrationVersion version = script.version().orElseThrow();
        return set.versioned().stream().map(s -> s.version().orElseThrow())
                .filter(v -> v.compareTo(version) < 0).reduce((a, b) -> b);
    }
}
