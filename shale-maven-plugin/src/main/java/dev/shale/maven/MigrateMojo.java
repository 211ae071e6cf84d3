package dev.shale.maven;

import dev.shale.ExitCode;
import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationRun;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale:migrate}: applies the pending migrations under the migration lock, as
 * {@code shale migrate} does. A failed migration fails the build (exit code 4 of the CLI). On a
 * production environment a build cannot ask for confirmation, so it needs {@code yes}, and it
 * takes a checked backup first unless {@code backup} is false.
 */
@Mojo(name = "migrate", threadSafe = true, requiresProject = false)
public final class MigrateMojo extends ShaleMojo {

    /** Migrate up to and including this version only. */
    @Parameter(property = "shale.target")
    private String target;

    /** Log the SQL that would run instead of running it. */
    @Parameter(property = "shale.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Apply pending migrations older than the newest applied one. */
    @Parameter(property = "shale.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /** Migrate a production environment without confirmation (as {@code --yes}). */
    @Parameter(property = "shale.yes", defaultValue = "false")
    private boolean yes;

    /** Take a checked backup into {@code backups/} before the first pending migration; default: on production. */
    @Parameter(property = "shale.backup")
    private Boolean backup;

    @Override
    protected void run(Shale shale) {
        boolean production = shale.environment().production();
        if (production && !yes && !dryRun) {
            throw new ShaleException(ExitCode.USAGE, "'" + shale.environment().name() + "' is a production "
                    + "environment and a build cannot confirm", "review the plan with -Dshale.dryRun, then set "
                    + "<yes>true</yes> or -Dshale.yes");
        }
        boolean backUp = backup != null ? backup : production;
        MigrateOptions options = MigrateOptions.defaults().dryRun(dryRun).allowOutOfOrder(outOfOrder)
                .backupTo(backUp && !dryRun ? shale.backupDirectory() : null);
        if (target != null) {
            options = options.target(target);
        }
        MigrationRun run = shale.migrate(options);
        if (run.dryRun()) {
            run.script().forEach(line -> getLog().info(line));
            return;
        }
        if (run.migrations().isEmpty()) {
            getLog().info("shale: the database is up to date");
            return;
        }
        getLog().info("shale: applied " + run.migrations().size() + " migration(s) in " + run.millis() + " ms");
    }
}
