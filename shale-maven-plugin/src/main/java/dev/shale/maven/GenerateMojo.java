package dev.shale.maven;

import dev.shale.Shale;
import dev.shale.desired.GenerateResult;
import dev.shale.desired.RenameResolver;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale:generate}: writes the migration that takes the migrations to the schema files, as
 * {@code shale generate NAME}. A build cannot answer questions, so possible renames must be given
 * with {@code renames} or declined with {@code noRename}; otherwise the goal stops (exit code 2).
 */
@Mojo(name = "generate", threadSafe = true, requiresProject = false)
public final class GenerateMojo extends ShaleMojo {

    /** What the migration does, e.g. {@code add_user_preferences}. */
    @Parameter(property = "shale.name", required = true)
    private String name;

    /** Confirmed renames, {@code table.column=new_column} or {@code old_table=new_table}. */
    @Parameter(property = "shale.renames")
    private List<String> renames = new ArrayList<>();

    /** Treat every possible rename as a drop and an add. */
    @Parameter(property = "shale.noRename", defaultValue = "false")
    private boolean noRename;

    /** Log the migration instead of writing it. */
    @Parameter(property = "shale.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected void run(Shale shale) {
        RenameResolver resolver = noRename ? RenameResolver.KEEP_DROP_AND_ADD : RenameResolver.REFUSE;
        GenerateResult result = shale.schemaAsCode().generate(name, renames, resolver, dryRun);
        if (result.noChanges()) {
            getLog().info("shale: the migrations already give the schema of the schema files: nothing to generate");
        } else if (dryRun) {
            result.content().lines().forEach(line -> getLog().info(line));
        } else {
            getLog().info("shale: wrote " + result.file().orElseThrow());
        }
    }
}
