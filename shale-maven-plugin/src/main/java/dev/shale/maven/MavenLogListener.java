package dev.shale.maven;

import dev.shale.migrate.MigrationListener;
import org.apache.maven.plugin.logging.Log;

/** Migration progress lines into the build log, prefixed like every line of the plugin. */
final class MavenLogListener implements MigrationListener {
    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void progress(String line) {
        log.info("shale: " + line);
    }
}
