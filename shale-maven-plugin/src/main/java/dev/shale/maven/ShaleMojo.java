package dev.shale.maven;

import dev.shale.Shale;
import dev.shale.ShaleException;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every Shale goal shares: where the project is, which environment or URL, where the
 * migrations are, {@code skip}, and the translation of Shale's errors into a failed build
 * ({@link BuildFailures}). Each goal only calls the {@link Shale} facade and reports.
 */
public abstract class ShaleMojo extends AbstractMojo {

    /** The directory shale.toml is looked for in (and its parents). */
    @Parameter(property = "shale.projectDir", defaultValue = "${project.basedir}")
    private File projectDir;

    /** An explicit configuration file instead of looking for shale.toml. */
    @Parameter(property = "shale.config")
    private File configFile;

    /** The environment of shale.toml; its default environment when not set. */
    @Parameter(property = "shale.env")
    private String environment;

    /** A database URL that replaces the environment's URL; {@code ${VAR}} is expanded as in shale.toml. */
    @Parameter(property = "shale.url")
    private String url;

    /** A migrations directory that replaces the one of shale.toml. */
    @Parameter(property = "shale.migrationsDir")
    private File migrationsDir;

    /** Where throw-away dev databases are created (generate, lint, drift), replacing {@code dev_url}. */
    @Parameter(property = "shale.devUrl")
    private String devUrl;

    /** Skips the goal. */
    @Parameter(property = "shale.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("shale: skipped");
            return;
        }
        try {
            run(load());
        } catch (ShaleException e) {
            BuildFailures.raise(e);
        }
    }

    /** The goal's work; a {@link ShaleException} it lets through fails the build with its error and hint. */
    protected abstract void run(Shale shale) throws MojoExecutionException, MojoFailureException;

    /** The project directory (relative goal parameters resolve against it). */
    protected File projectDir() {
        return projectDir;
    }

    private Shale load() {
        Shale.Builder builder = Shale.configure()
                .projectDir(projectDir.toPath())
                .listener(new MavenLogListener(getLog()));
        Optional.ofNullable(configFile).ifPresent(f -> builder.configFile(f.toPath()));
        Optional.ofNullable(environment).ifPresent(builder::environment);
        Optional.ofNullable(url).ifPresent(builder::url);
        Optional.ofNullable(devUrl).ifPresent(builder::devUrl);
        Optional.ofNullable(migrationsDir).ifPresent(d -> builder.migrationsDir(d.toPath()));
        Shale shale = builder.load();
        getLog().info("shale: environment " + shale.environment().name() + " on " + shale.environment().url().display());
        return shale;
    }
}
