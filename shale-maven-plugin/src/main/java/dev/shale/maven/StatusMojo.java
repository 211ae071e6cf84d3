package dev.shale.maven;

import dev.shale.Shale;
import dev.shale.migrate.MigrationStatus;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code shale:status}: logs every migration and its state; reads only, never fails on what it finds. */
@Mojo(name = "status", threadSafe = true, requiresProject = false)
public final class StatusMojo extends ShaleMojo {

    @Override
    protected void run(Shale shale) {
        List<MigrationStatus> status = shale.status();
        if (status.isEmpty()) {
            getLog().info("shale: no migrations");
        }
        for (MigrationStatus s : status) {
            String version = s.version().isEmpty() ? "R" : s.version();
            String applied = s.appliedAt() == null ? "" : " at " + s.appliedAt();
            getLog().info("shale: " + version + " " + s.description() + ": " + s.state().label() + applied);
            s.backup().ifPresent(b -> getLog().info("shale:   backup before it: " + b.path() + " (" + b.bytes()
                    + " bytes)"));
        }
    }
}
