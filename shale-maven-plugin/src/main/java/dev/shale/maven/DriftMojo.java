package dev.shale.maven;

import dev.shale.Shale;
import dev.shale.compare.DriftDifference;
import dev.shale.compare.DriftReport;
import dev.shale.compare.MigrationFinding;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale:drift}: compares the environment's live schema with what its applied migrations
 * produce, as {@code shale drift}; drift fails the build (exit code 1 of the CLI) unless
 * {@code failOnDrift} is false. Never writes to the environment.
 */
@Mojo(name = "drift", threadSafe = true, requiresProject = false)
public final class DriftMojo extends ShaleMojo {

    /** Fail the build when drift is found. */
    @Parameter(property = "shale.failOnDrift", defaultValue = "true")
    private boolean failOnDrift;

    @Override
    protected void run(Shale shale) throws MojoFailureException {
        DriftReport report = shale.drift();
        for (DriftDifference d : report.differences()) {
            getLog().warn("shale: " + d.object() + " " + d.name() + " " + d.kind().label()
                    + (d.description() == null || d.description().isEmpty() ? "" : ": " + d.description()));
        }
        for (MigrationFinding f : report.findings()) {
            if (f.kind().drift()) {
                getLog().warn("shale: " + f.script() + ": " + f.kind().label());
            }
        }
        if (!report.drifted()) {
            getLog().info("shale: no drift on " + report.environment());
        } else if (failOnDrift) {
            throw BuildFailures.problems(report.driftCount() + " drift(s) on " + report.environment(),
                    "bring the change into a migration ('shale generate'), or undo it by hand");
        } else {
            getLog().warn("shale: " + report.driftCount() + " drift(s) on " + report.environment());
        }
    }
}
