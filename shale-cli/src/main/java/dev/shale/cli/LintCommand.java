package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.lint.LintOptions;
import dev.shale.lint.LintReport;
import dev.shale.lint.format.LintFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Review migrations for risk: locks, rewrites, data loss, breaking changes (CI gate).",
                "Runs each migration on a throw-away dev database and classifies what it really does. "
                        + "Lints the FILES given, else those added since --since REF, else the ones pending on "
                        + "the environment. Accept a finding in the migration with "
                        + "-- shale:approve RULE \"reason\". Rules: docs/lint-rules.md. With --env, the environment's "
                        + "table statistics (read-only) give estimated durations of rewrites, scans and index builds.",
                "Exit: 0 all clear, 1 a finding needs approval, 2 blocked (usage errors also exit 2: with "
                        + "--format json only a lint that ran prints its 'gate')."})
final class LintCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Migration files to lint.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--since", paramLabel = "REF",
            description = "Lint the migrations added since this git ref (what a pull request adds), e.g. origin/main.")
    private String since;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif|github|markdown",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private LintFormat format;

    @Option(names = "--src", paramLabel = "DIR", description = "Application source searched for lines that use what "
            + "a breaking finding drops, renames or changes (default: the project folder; see 'shale impact').")
    private Path src;

    @Option(names = "--lock-threshold", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
            description = "With --env: point out statements whose blocking lock the estimate holds longer than this "
                    + "(default: ${DEFAULT-VALUE}).")
    private Duration lockThreshold;

    @Option(names = "--rollback-plan", description = "After the report, print how the linted migrations would be "
            + "undone (newest first, each by its down section) and which need a backup (--format text only).")
    private boolean rollbackPlan;

    @Override
    public Integer call() {
        if (rollbackPlan && format != LintFormat.TEXT) {
            throw ShaleException.usage("--rollback-plan prints text, not " + format.name().toLowerCase(Locale.ROOT),
                    "use it with --format text, or run 'shale migrate --rollback-plan'");
        }
        Path workingDir = root.invocation().workingDir();
        List<Path> resolved = files.stream().map(workingDir::resolve).toList();
        LintOptions options = new LintOptions(resolved, Optional.ofNullable(since));
        Shale shale = target.load(root.invocation());
        Path sourceDir = src == null ? shale.config().projectDir() : workingDir.resolve(src);
        // --env names a live database: its table statistics turn into duration estimates
        LintReport report = target.environmentName().isPresent() ? shale.lint(options, sourceDir, lockThreshold)
                : shale.lint(options, sourceDir);
        root.terminal().println(format.render(report, workingDir).stripTrailing());
        if (rollbackPlan) {
            root.terminal().println("");
            root.terminal().println(shale.rollbackPlan(options).text());
        }
        return report.gate().exitCode();
    }
}
