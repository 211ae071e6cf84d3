package dev.shale.impact;

import dev.shale.config.Environment;
import dev.shale.lint.EffectRecorder;
import dev.shale.lint.LintOptions;
import dev.shale.lint.LintTargets;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code shale impact}: measures each selected migration on a dev database (as lint does), takes
 * the tables and columns it drops, renames or changes, and finds the source lines that name them.
 */
public final class ImpactAnalyzer {
    private final Environment environment;

    public ImpactAnalyzer(Environment environment) {
        this.environment = environment;
    }

    /** The impact of the migrations {@code options} selects (by default the pending ones) on {@code sourceDir}. */
    public ImpactReport analyze(LintOptions options, Supplier<List<MigrationStatus>> status, Path sourceDir) {
        MigrationSet set = new MigrationDirectory().load(environment.migrationsDir());
        List<MigrationScript> scripts = new LintTargets(set).select(options, status);
        List<ImpactedName> names = new ArrayList<>();
        for (MigrationScript script : scripts) {
            names.addAll(ImpactedNames.of(new EffectRecorder(environment).record(set, script)));
        }
        SourceTree tree = SourceTree.read(sourceDir);
        List<ImpactedChange> changes = names.stream()
                .map(name -> new ImpactedChange(name, tree.find(name.identifier()))).toList();
        return new ImpactReport(sourceDir, scripts.stream().map(MigrationScript::script).toList(), changes);
    }
}
