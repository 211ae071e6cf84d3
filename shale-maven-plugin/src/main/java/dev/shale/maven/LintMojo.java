package dev.shale.maven;

import dev.shale.Shale;
import dev.shale.lint.LintGate;
import dev.shale.lint.LintOptions;
import dev.shale.lint.LintReport;
import dev.shale.lint.format.LintFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale:lint}: reviews migrations for risk, as {@code shale lint}: the given files, else
 * those added since a git ref, else the pending ones. The build fails from the gate named by
 * {@code failOn} upwards: {@code needs-approval} (default, the CLI's exit 1 and 2),
 * {@code blocked} (exit 2 only) or {@code never}.
 */
@Mojo(name = "lint", threadSafe = true, requiresProject = false)
public final class LintMojo extends ShaleMojo {

    /** Migration files to lint, relative to the project directory. */
    @Parameter(property = "shale.files")
    private List<File> files = new ArrayList<>();

    /** Lint the migrations added since this git ref, e.g. {@code origin/main}. */
    @Parameter(property = "shale.since")
    private String since;

    /** The lowest gate that fails the build: {@code needs-approval}, {@code blocked} or {@code never}. */
    @Parameter(property = "shale.failOn", defaultValue = "needs-approval")
    private String failOn;

    @Override
    protected void run(Shale shale) throws MojoExecutionException, MojoFailureException {
        Optional<LintGate> threshold = threshold();
        Path base = projectDir().toPath();
        List<Path> resolved = files.stream().map(f -> base.resolve(f.toPath())).toList();
        LintReport report = shale.lint(new LintOptions(resolved, Optional.ofNullable(since)));
        LintGate gate = report.gate();
        boolean fails = threshold.isPresent() && gate.exitCode() >= threshold.get().exitCode();
        for (String line : LintFormat.TEXT.render(report, base).stripTrailing().split("\n")) {
            if (fails) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        }
        if (fails) {
            throw new MojoFailureException("shale: lint gate is '" + gate.label() + "'; approve a finding in its "
                    + "migration with -- shale:approve RULE \"reason\" or change the migration");
        }
    }

    private Optional<LintGate> threshold() throws MojoExecutionException {
        return switch (failOn.toLowerCase(Locale.ROOT)) {
            case "needs-approval" -> Optional.of(LintGate.NEEDS_APPROVAL);
            case "blocked" -> Optional.of(LintGate.BLOCKED);
            case "never" -> Optional.empty();
            default -> throw new MojoExecutionException("error: unknown failOn '" + failOn + "'\n"
                    + "hint: use needs-approval, blocked or never");
        };
    }
}
