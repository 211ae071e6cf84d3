package dev.shale.lint;

import dev.shale.dialect.Dialect;
import dev.shale.diff.Change;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.SqlSection;
import dev.shale.migrate.sql.SqlStatement;
import dev.shale.model.DatabaseSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lint's rules that judge a change by its effect alone, for callers that have a change between
 * two schemas but no migration file ({@code shale compare}). They are the same rule objects
 * {@code shale lint} runs, given an effect made of that one change.
 *
 * <p>Rules about how a migration file is written are not run here, because a comparison has no
 * such file: DS401 (CONCURRENTLY) and DS402 (NOT VALID) read the statement's form, DS701 the
 * down section, DS702 the transaction marker, DS801 UPDATE/DELETE statements, DS901 the lock
 * timeout the file and the runner set. DS601 is run with
 * an empty statement, so it reports whether the change itself copies the table when no online
 * algorithm is requested.
 */
public final class ChangeRules {
    private static final Path NO_FILE = Path.of("comparison");
    private static final List<LintRule> BY_EFFECT = List.of(new DropRule(), new TypeChangeRule(), new NotNullRule(),
            new RenameRule(), new TableCopyRule(), new RebuildRule());

    private final Dialect dialect;

    public ChangeRules(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The ids of the rules that look at the statement text, which a comparison cannot judge. */
    public static List<String> statementRules() {
        return List.of(Rules.BLOCKING_INDEX.id(), Rules.VALIDATED_CONSTRAINT.id(), Rules.NO_DOWN.id(),
                Rules.NON_TRANSACTIONAL.id(), Rules.UNBATCHED_BACKFILL.id(), Rules.NO_LOCK_TIMEOUT.id());
    }

    /** What the effect rules find in {@code change}, which turns {@code before} into {@code after}. */
    public List<Finding> check(Change change, DatabaseSchema before, DatabaseSchema after) {
        SqlStatement statement = new SqlStatement("", 1);
        MigrationScript script = new MigrationScript(Optional.empty(), "comparison", NO_FILE,
                new SqlSection(NO_FILE, 1, ""), Optional.empty(), "", false);
        MigrationEffect effect = new MigrationEffect(script, before, after,
                List.of(new StatementEffect(statement, List.of(change))),
                List.of(new AttributedChange(change, statement)));
        LintContext context = new LintContext(effect, dialect);
        List<Finding> findings = new ArrayList<>();
        BY_EFFECT.forEach(rule -> findings.addAll(rule.check(context)));
        return findings;
    }
}
