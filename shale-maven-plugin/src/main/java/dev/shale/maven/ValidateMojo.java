package dev.shale.maven;

import dev.shale.Shale;
import dev.shale.migrate.ValidationReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code shale:validate}: checks the migration directory and the applied checksums, as
 * {@code shale validate}; any problem fails the build (exit code 1 of the CLI).
 */
@Mojo(name = "validate", threadSafe = true, requiresProject = false)
public final class ValidateMojo extends ShaleMojo {

    @Override
    protected void run(Shale shale) throws MojoFailureException {
        ValidationReport report = shale.validate();
        for (ValidationReport.Problem problem : report.problems()) {
            getLog().error("error: " + problem.message());
            if (problem.hint() != null) {
                getLog().error("hint: " + problem.hint());
            }
        }
        if (!report.valid()) {
            throw new MojoFailureException("shale: " + report.problems().size()
                    + " problem(s) in the migrations (see above)");
        }
        getLog().info("shale: the migrations are valid");
    }
}
