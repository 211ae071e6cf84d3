package dev.shale.lint;

import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.files.MigrationDirectory;

/**
 * Lints migrations: measures each one's effect on a dev database, runs every rule over it, and
 * applies the approvals written in the file.
 */
public final class Linter {
    private static final List<LintRule> RULES = List.of(new DropRule(), new TypeChangeRule(), new NotNullRule(),
            new IndexRule(), new ValidationRule(), new RenameRule(), new TableCopyRule(), new RebuildRule(),
            new DownSectionRule(), new TransactionRule(), new BackfillRule(), new LockTimeoutRule());

    private final Environment environment;
    private final CodeUsage usage;
    private final Optional<EstimateBasis> estimates;

    public Linter(Environment environment) {
        this(environment, Optional.empty(), Optional.empty());
    }

    /**
     * A linter that shows, beside breaking findings, the lines under {@code sourceDir} that use what
     * they break, and estimates durations from {@code estimates} when given.
     */
    public Linter(Environment environment, Optional<Path> sourceDir, Optional<EstimateBasis> estimates) {
        this.environment = environment;
        this.usage = new CodeUsage(sourceDir);
        this.estimates = estimates;
    }

    /**
     * Lints the migrations {@code options} names; {@code status} gives the environment's
     * migration states when the pending ones are wanted (only then is the environment contacted).
     */
    public LintReport lint(LintOptions options, Supplier<List<MigrationStatus>> status) {
        MigrationSet set = new MigrationDirectory().load(environment.migrationsDir());
        return lint(set, new LintTargets(set).select(options, status));
    }

    /** Lints {@code scripts}, which belong to {@code set}, each on its own dev database. */
    public LintReport lint(MigrationSet set, List<MigrationScript> scripts) {
        List<MigrationLint> results = new ArrayList<>();
        for (MigrationScript script : scripts) {
            results.add(lint(set, script));
        }
        return new LintReport(environment.url().dialect().id(), results, estimates);
    }

    private MigrationLint lint(MigrationSet set, MigrationScript script) {
        List<Approval> approvals = Approvals.read(script.file(), read(script));
        MigrationEffect effect = new EffectRecorder(environment).record(set, script);
        LintContext context = new LintContext(effect, environment.url().dialect(), environment.statementLockTimeout());
        List<Finding> findings = new ArrayList<>();
        for (LintRule rule : RULES) {
            for (Finding finding : rule.check(context)) {
                findings.add(approve(finding, approvals));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparing(f -> f.rule().id()));
        List<Finding> annotated = usage.annotate(findings, effect);
        List<Approval> stale = approvals.stream()
                .filter(a -> findings.stream().noneMatch(f -> f.rule().id().equals(a.ruleId()))).toList();
        List<Estimate> durations = estimates.map(b -> new Estimator(b).estimate(context)).orElse(List.of());
        return new MigrationLint(script.file(), annotated, stale, durations);
    }

    private static Finding approve(Finding finding, List<Approval> approvals) {
        Optional<Approval> approval = approvals.stream().filter(a -> a.ruleId().equals(finding.rule().id()))
                .findFirst();
        return approval.map(finding::approvedBy).orElse(finding);
    }

    private static String read(MigrationScript script) {
        try {
            return Files.readString(script.file(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw ShaleException.usage("cannot read " + script.file() + ": " + e.getMessage(), "check its permissions");
        }
    }
}
