package dev.shale.lint;

import dev.shale.config.Settings;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import dev.shale.migrate.sql.SqlStatement;
import dev.shale.model.QualifiedName;
import java.time.Duration;
import java.util.Optional;

/**
 * What a rule sees: the measured effect of one migration, the facts of its database and how the
 * runner will run it.
 *
 * @param effect            what the migration does
 * @param dialect           the database it runs on
 * @param runnerLockTimeout the lock wait bound {@code shale migrate} sets on its session
 *                          ({@code statement_lock_timeout}); zero when it sets none
 */
public record LintContext(MigrationEffect effect, Dialect dialect, Duration runnerLockTimeout) {

    /** A context for a migration run with the default {@code statement_lock_timeout}. */
    public LintContext(MigrationEffect effect, Dialect dialect) {
        this(effect, dialect, Settings.DEFAULT_STATEMENT_LOCK_TIMEOUT);
    }

    public SafetyFacts facts() {
        return dialect.safety();
    }

    /** True when the table existed before the migration: only then can it hold rows and traffic. */
    public boolean existedBefore(QualifiedName table) {
        return effect.before().table(table).isPresent();
    }

    /** True when the table existed before and still exists after the migration. */
    public boolean liveTable(QualifiedName table) {
        return existedBefore(table) && effect.after().table(table).isPresent();
    }

    /** A finding of {@code rule} on {@code statement}. */
    public Finding finding(Rule rule, SqlStatement statement, String message, Optional<Change> change) {
        Optional<String> lock = change.flatMap(c -> facts().lock(c))
                .map(l -> l.lock() + " (blocks " + l.blocks() + ")");
        return new Finding(rule, message, effect.script().file(), statement.line(), statement.sql().strip(), lock,
                Optional.empty());
    }

    /** A finding of {@code rule} about the whole migration file. */
    public Finding fileFinding(Rule rule, int line, String message) {
        return new Finding(rule, message, effect.script().file(), line, "", Optional.empty(), Optional.empty());
    }
}
