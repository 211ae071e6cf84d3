package dev.shale.lint;

import dev.shale.config.Environment;
import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.SqlSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Computes a {@link RollbackPlan}: measures each migration's effect on a dev database, as lint
 * does, to find what its up section destroys; the down section is taken from the file.
 */
public final class RollbackPlanner {
    private final Environment environment;

    public RollbackPlanner(Environment environment) {
        this.environment = environment;
    }

    /** The plan for the migrations {@code options} names (as {@code lint} picks them; by default the pending ones). */
    public RollbackPlan plan(LintOptions options, Supplier<List<MigrationStatus>> status) {
        MigrationSet set = new MigrationDirectory().load(environment.migrationsDir());
        List<RollbackStep> steps = new ArrayList<>();
        for (MigrationScript script : new LintTargets(set).select(options, status)) {
            MigrationEffect effect = new EffectRecorder(environment).record(set, script);
            LintContext context = new LintContext(effect, environment.url().dialect(),
                    environment.statementLockTimeout());
            steps.add(new RollbackStep(script, script.down().map(SqlSection::sql).filter(s -> !s.isBlank()),
                    dataLoss(context)));
        }
        Collections.reverse(steps);
        return new RollbackPlan(steps);
    }

    private static List<String> dataLoss(LintContext context) {
        List<String> lost = new ArrayList<>();
        for (AttributedChange attributed : context.effect().changes()) {
            Change change = attributed.change();
            if (change instanceof Change.DropTable drop) {
                lost.add("drops table " + drop.subject() + " with its rows");
            } else if (change instanceof Change.DropColumn drop && context.liveTable(drop.table())) {
                lost.add("drops column " + drop.table() + "." + drop.column().name() + " with its values");
            } else if (change instanceof Change.AlterColumn alter && alter.what().contains(Change.ColumnAspect.TYPE)
                    && context.liveTable(alter.table()) && context.facts().typeChange(alter.from(), alter.to())
                    .filter(SafetyFacts.TypeChange::mayLoseData).isPresent()) {
                lost.add("changes " + alter.table() + "." + alter.to().name() + " from " + alter.from().type()
                        + " to " + alter.to().type() + ", which may cut values");
            }
        }
        // DS801's whole-table UPDATE/DELETE overwrites rows the down section cannot know
        new BackfillRule().check(context).forEach(f -> lost.add(f.message().replaceFirst("^changes", "overwrites")));
        return lost;
    }
}
