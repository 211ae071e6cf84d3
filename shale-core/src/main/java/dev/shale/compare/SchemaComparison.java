package dev.shale.compare;

import dev.shale.config.Environment;
import dev.shale.config.ShaleConfig;
import dev.shale.desired.RenameResolver;
import dev.shale.desired.SchemaChange;
import dev.shale.desired.SchemaComparer;
import dev.shale.desired.SchemaSource;
import dev.shale.desired.SourceDialects;
import dev.shale.diff.Change;
import dev.shale.migrate.MigrationListener;
import dev.shale.plan.PlannedStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code shale compare}: what promoting SOURCE to TARGET would change. Both sides are loaded like
 * {@code diff} loads them (live databases on read-only sessions); the change from TARGET to SOURCE
 * is shown per table side by side, each difference classified with lint's rules, with the SQL
 * that brings TARGET to SOURCE and, for two environments, the migrations SOURCE has and TARGET lacks.
 */
public final class SchemaComparison {
    private final ShaleConfig config;
    private final Environment environment;
    private final MigrationListener listener;
    private final Path workingDir;

    public SchemaComparison(ShaleConfig config, Environment environment, MigrationListener listener,
                            Path workingDir) {
        this.config = config;
        this.environment = environment;
        this.listener = listener;
        this.workingDir = workingDir;
    }

    /** Compares; possible renames stay drop + add unless {@code renames} confirms them. */
    public ComparisonReport run(SchemaSource source, SchemaSource target, List<String> renames) {
        SchemaChange change = new SchemaComparer(environment, listener).compare(target, source, renames,
                RenameResolver.KEEP_DROP_AND_ADD);
        var dialect = SourceDialects.environmentFor(environment, target, source).url().dialect();
        DifferenceClassifier classifier = new DifferenceClassifier(dialect, change.from(), change.to());
        Map<String, List<Difference>> byTable = new LinkedHashMap<>();
        Map<String, String> presence = new LinkedHashMap<>();
        for (Change c : change.changes().changes()) {
            String table = c.subject().toString();
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(difference(c, table, classifier, change));
            presence.merge(table, presence(c), (a, b) -> a.equals("both") ? b : a);
        }
        List<TableComparison> tables = byTable.entrySet().stream()
                .map(e -> new TableComparison(e.getKey(), presence.get(e.getKey()),
                        e.getValue().stream().sorted(DifferenceOrder.WORST_FIRST).toList()))
                .sorted(DifferenceOrder.TABLES).toList();
        return new ComparisonReport(source.label(), target.label(), dialect.id(), tables, change.up().sql(),
                change.up().notes(), pending(source, target));
    }

    private static Difference difference(Change c, String table, DifferenceClassifier classifier,
                                         SchemaChange change) {
        Side side = DifferenceDescriber.describe(c);
        List<RuleFinding> findings = classifier.findings(c);
        List<String> sql = change.up().statements().stream().filter(s -> s.change().equals(c))
                .map(PlannedStatement::sql).toList();
        return new Difference(table, side.object(), side.name(), side.target(), side.source(),
                classifier.classify(c, findings), findings, sql);
    }

    private static String presence(Change c) {
        if (c instanceof Change.AddTable) {
            return "source only";
        }
        return c instanceof Change.DropTable ? "target only" : "both";
    }

    private Optional<List<PendingMigration>> pending(SchemaSource source, SchemaSource target) {
        if (source instanceof SchemaSource.LiveDatabase s && target instanceof SchemaSource.LiveDatabase t
                && config.environments().containsKey(s.label()) && config.environments().containsKey(t.label())) {
            return Optional.of(PendingMigrations.between(resolve(s.label()), resolve(t.label())));
        }
        return Optional.empty();
    }

    private Environment resolve(String name) {
        return config.environment(Optional.of(name), Optional.empty(), workingDir);
    }
}
