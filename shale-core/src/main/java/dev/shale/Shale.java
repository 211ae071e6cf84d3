package dev.shale;

import dev.shale.compare.DriftCheck;
import dev.shale.compare.DriftNotifier;
import dev.shale.compare.DriftReport;
import dev.shale.compare.DriftSweep;
import dev.shale.compare.EnvironmentDrift;
import dev.shale.compare.WebhookDelivery;
import dev.shale.codegen.CodegenResult;
import dev.shale.codegen.JavaCodegen;
import dev.shale.codegen.JavaCodegenOptions;
import dev.shale.config.ConfigLoader;
import dev.shale.config.Environment;
import dev.shale.config.ShaleConfig;
import dev.shale.db.DataSourceUrls;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.ServerInfo;
import dev.shale.desired.SchemaAsCode;
import dev.shale.dialect.Dialects;
import dev.shale.inspect.Inspection;
import dev.shale.inspect.Inspector;
import dev.shale.inspect.SchemaFilter;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.MigrationRun;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.Migrations;
import dev.shale.migrate.RollbackOptions;
import dev.shale.migrate.ValidationReport;
import dev.shale.migrate.files.ClasspathMigrations;
import dev.shale.model.DatabaseSchema;
import dev.shale.project.InitResult;
import dev.shale.project.ProjectInitializer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Shale API: one object per project and environment, one method per command. The
 * command line, the Maven plugin and the studio are thin layers over this class.
 *
 * <pre>{@code
 * Shale shale = Shale.configure()
 *         .projectDir(Path.of("."))
 *         .environment("staging")
 *         .load();
 * shale.migrate();   // at application start-up
 * }</pre>
 */
public final class Shale {
    private final ShaleConfig config;
    private final Environment environment;
    private final MigrationListener listener;
    private final Migrations migrations;

    private Shale(ShaleConfig config, Environment environment, MigrationListener listener) {
        this.config = config;
        this.environment = environment;
        this.listener = listener;
        this.migrations = new Migrations(environment, listener);
    }

    /** Starts a configuration; every setting is optional. */
    public static Builder configure() {
        return new Builder();
    }

    /** Creates a new project (shale.toml, schema/, migrations/) in {@code dir}; never overwrites. */
    public static InitResult init(Path dir) {
        return new ProjectInitializer().init(dir);
    }

    public ShaleConfig config() {
        return config;
    }

    /** The environment this instance works on. */
    public Environment environment() {
        return environment;
    }

    /** Connects to the environment's database and reports what answered. */
    public ServerInfo ping() {
        return ServerInfo.probe(environment.url());
    }

    /**
     * Reads the environment's schema into the model (a read-only connection, a constant number
     * of catalog queries), without Shale's own history table.
     *
     * @param namespaces schemas to read on PostgreSQL; empty for every user schema
     */
    public Inspection inspect(List<String> namespaces) {
        Inspection inspection = Inspector.inspect(environment.url(), namespaces);
        DatabaseSchema withoutHistory = SchemaFilter.withoutHistory(inspection.schema(), environment);
        return new Inspection(inspection.source(), withoutHistory, inspection.catalogQueries(), inspection.elapsed());
    }

    /** The schema as this dialect's CREATE statements, in dependency order. */
    public List<String> render(DatabaseSchema schema) {
        return environment.url().dialect().ddl().createStatements(schema);
    }

    /** generate, diff and push: the desired-state schema files against migrations and databases. */
    public SchemaAsCode schemaAsCode() {
        return new SchemaAsCode(environment, listener);
    }

    /**
     * The environment's live schema (read-only) against the schema its applied migrations
     * produce on a throw-away dev database, and its history against the migration directory.
     */
    public DriftReport drift() {
        return new DriftCheck(environment, listener).run();
    }

    /**
     * What promoting {@code source} to {@code target} would change, per table and classified with
     * lint's rules; live sides are read on read-only sessions. {@code workingDir} resolves the two
     * environments whose histories give the pending migrations, when both sides are environments.
     */
    public dev.shale.compare.ComparisonReport compare(dev.shale.desired.SchemaSource source,
                                                      dev.shale.desired.SchemaSource target, List<String> renames,
                                                      Path workingDir) {
        return new dev.shale.compare.SchemaComparison(config, environment, listener, workingDir)
                .run(source, target, renames);
    }

    /** {@link #drift()} for every environment of {@code config}, in parallel; never stops at one that fails. */
    public static List<EnvironmentDrift> driftAll(ShaleConfig config, MigrationListener listener) {
        return new DriftSweep(config, listener, DriftSweep.DEFAULT_PARALLELISM).run();
    }

    /**
     * Posts an alert for the environments that drifted or could not be checked, to {@code webhook}
     * when given, else to each environment's {@code notify_url}. Never throws for a webhook that is down.
     */
    public static List<WebhookDelivery> notifyDrift(ShaleConfig config, List<EnvironmentDrift> outcomes,
                                                    Optional<String> webhook) {
        return new DriftNotifier(DriftNotifier.DEFAULT_BACK_OFF)
                .notify(outcomes, name -> webhook.or(() -> config.notifyUrl(name)));
    }

    /**
     * Posts a short alert to {@code webhook} when {@code report} has a breaking difference; empty
     * when it has none. Never throws for a webhook that is down.
     */
    public static Optional<WebhookDelivery> notifyCompare(dev.shale.compare.ComparisonReport report, String webhook) {
        return new dev.shale.compare.CompareNotifier(DriftNotifier.DEFAULT_BACK_OFF).notify(report, webhook);
    }

    /**
     * Writes a Java record per table and an enum per enum type, from the live schema or the
     * schema files; unchanged files are left alone and files of vanished tables removed.
     */
    public CodegenResult generateJava(JavaCodegenOptions options) {
        return new JavaCodegen(environment).generate(options);
    }

    /** The same project and environment, with migration progress and events going to {@code listener}. */
    public Shale withListener(MigrationListener listener) {
        return new Shale(config, environment, Objects.requireNonNull(listener));
    }

    /**
     * Where alerts about this environment go: its {@code notify_url}, else the project's; empty
     * when neither is set or the environment is not one of shale.toml ({@code --url}).
     */
    public Optional<String> notifyUrl() {
        return config.environments().containsKey(environment.name()) ? config.notifyUrl(environment.name())
                : Optional.empty();
    }

    /** How long a migration waits for the lock before it alerts: the environment's {@code lock_wait_alert_after}. */
    public java.time.Duration lockWaitAlertAfter() {
        return config.environments().containsKey(environment.name()) ? config.lockWaitAlertAfter(environment.name())
                : dev.shale.config.Settings.DEFAULT_LOCK_WAIT_ALERT_AFTER;
    }

    /** Applies every pending migration, in order, under the migration lock. */
    public MigrationRun migrate() {
        return migrations.migrate(MigrateOptions.defaults());
    }

    /** Applies pending migrations: up to a target, as a dry run, or out of order. */
    public MigrationRun migrate(MigrateOptions options) {
        return migrations.migrate(options);
    }

    /** Where {@code migrate --backup} puts backups: {@code backups/} in the project directory. */
    public Path backupDirectory() {
        return config.projectDir().resolve("backups");
    }

    /** Restores a backup taken by {@code migrate --backup} into this environment's database. */
    public void restore(Path backup) {
        new dev.shale.backup.Backups(environment, java.time.Clock.systemUTC()).restore(backup);
    }

    /** Every migration of the directory and the history with its state. Reads only. */
    public List<MigrationStatus> status() {
        return migrations.status();
    }

    /** Runs the down sections of the newest applied migrations. */
    public MigrationRun rollback(RollbackOptions options) {
        return migrations.rollback(options);
    }

    /** Checks the directory's integrity, statements and applied checksums. */
    public ValidationReport validate() {
        return migrations.validate();
    }

    /** Records every migration up to {@code version} as applied without running it; returns the versions. */
    public List<String> baseline(String version) {
        return migrations.baseline(version);
    }

    /** Realigns the history with the files after a manual fix; returns what it changed. */
    public List<String> repair() {
        return migrations.repair();
    }

    /** Creates an empty migration file with up and down sections and updates shale.sum. */
    public Path newMigration(String name) {
        return migrations.create(name);
    }

    /**
     * Reviews migrations for risk (locks, rewrites, data loss, breaking changes): measures each on a
     * throw-away dev database and applies the lint rules and the approvals in the files.
     */
    public dev.shale.lint.LintReport lint(dev.shale.lint.LintOptions options) {
        return lint(options, config.projectDir());
    }

    /** As {@link #lint(dev.shale.lint.LintOptions)}, with the lines under {@code sourceDir} that use what breaks. */
    public dev.shale.lint.LintReport lint(dev.shale.lint.LintOptions options, Path sourceDir) {
        return new dev.shale.lint.Linter(environment, Optional.of(sourceDir), Optional.empty())
                .lint(options, migrations::status);
    }

    /**
     * As {@link #lint(dev.shale.lint.LintOptions, Path)}, with duration estimates from this
     * environment's table statistics (read on a read-only session); statements that would hold a
     * blocking lock longer than {@code lockThreshold} are pointed out.
     */
    public dev.shale.lint.LintReport lint(dev.shale.lint.LintOptions options, Path sourceDir,
                                          java.time.Duration lockThreshold) {
        dev.shale.lint.EstimateBasis basis = dev.shale.lint.TableSizes.of(environment, lockThreshold);
        return new dev.shale.lint.Linter(environment, Optional.of(sourceDir), Optional.of(basis))
                .lint(options, migrations::status);
    }

    /**
     * Which lines under {@code sourceDir} use the tables and columns the migrations {@code options}
     * names (by default the pending ones) drop, rename or change.
     */
    public dev.shale.impact.ImpactReport impact(dev.shale.lint.LintOptions options, Path sourceDir) {
        return new dev.shale.impact.ImpactAnalyzer(environment).analyze(options, migrations::status, sourceDir);
    }

    /**
     * How the migrations {@code options} names (by default the pending ones) would be undone,
     * newest first, and which need a backup; each is measured on a throw-away dev database.
     */
    public dev.shale.lint.RollbackPlan rollbackPlan(dev.shale.lint.LintOptions options) {
        return new dev.shale.lint.RollbackPlanner(environment).plan(options, migrations::status);
    }

    /**
     * Rehearses the pending migrations (or all of them) on a throw-away dev database: up, down
     * (must restore the schema before), up again (must give the same schema); then compares the
     * result with the schema files, when the project has them.
     */
    public dev.shale.verify.VerifyReport verify(dev.shale.verify.VerifyOptions options) {
        return new dev.shale.verify.Verifier(environment, listener).verify(options, migrations::status);
    }

    /** Rewrites shale.sum from the migration files as they are; returns how many files it records. */
    public int hash() {
        return migrations.hash();
    }

    /**
     * What the git pre-commit hook runs: checks the staged changes of the migration directory
     * (names, versions, shale.sum, committed migrations unchanged) and lints the new migrations.
     */
    public dev.shale.hook.PreCommitReport preCommitCheck() {
        return new dev.shale.hook.PreCommitCheck(environment, config.projectDir()).run();
    }

    /** The git pre-commit hook of the repository that holds the project of {@code config}. */
    public static dev.shale.hook.PreCommitHook preCommitHook(ShaleConfig config) {
        return dev.shale.hook.PreCommitHook.of(config.projectDir());
    }

    /** Builds a {@link Shale} from a project directory, a config file, an environment and a URL. */
    public static final class Builder {
        private Path projectDir = Path.of("").toAbsolutePath();
        private Path configFile;
        private String environmentName;
        private String url;
        private String devUrl;
        private Path migrationsDir;
        private javax.sql.DataSource dataSource;
        private String classpathMigrations;
        private ClassLoader classLoader;
        private Map<String, String> variables = System.getenv();
        private MigrationListener listener = MigrationListener.SILENT;

        private Builder() {
        }

        /** Where shale.toml is looked for (and its parents); the working directory by default. */
        public Builder projectDir(Path dir) {
            this.projectDir = dir.toAbsolutePath();
            return this;
        }

        /** An explicit configuration file instead of looking for shale.toml. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** The environment to work on; the configuration's default when not set. */
        public Builder environment(String name) {
            this.environmentName = name;
            return this;
        }

        /** A database URL that replaces the environment's URL (and a {@link #dataSource} given before). */
        public Builder url(String url) {
            this.url = url;
            this.dataSource = null;
            return this;
        }

        /** Where throw-away dev databases are created, replacing the configuration's {@code dev_url}. */
        public Builder devUrl(String devUrl) {
            this.devUrl = devUrl;
            return this;
        }

        /** A migrations directory that replaces the configuration's {@code migrations}. */
        public Builder migrationsDir(Path dir) {
            this.migrationsDir = dir.toAbsolutePath();
            this.classpathMigrations = null;
            return this;
        }

        /**
         * Migrations packaged with the application, e.g. {@code db/migrations} for
         * {@code src/main/resources/db/migrations}, read through the thread's context class loader;
         * replaces the configuration's {@code migrations}. The location must hold {@code shale.sum}.
         */
        public Builder migrationsFromClasspath(String location) {
            return migrationsFromClasspath(location, null);
        }

        /** {@link #migrationsFromClasspath(String)} through the given class loader. */
        public Builder migrationsFromClasspath(String location, ClassLoader loader) {
            this.classpathMigrations = Objects.requireNonNull(location);
            this.classLoader = loader;
            this.migrationsDir = null;
            return this;
        }

        /**
         * The application's DataSource (e.g. its connection pool) instead of a URL: the recommended
         * way at start-up. {@link #load()} borrows one connection to learn the database; every
         * command then borrows connections and restores their session (timeouts, read-only mode,
         * session locks) before giving them back. Commands that create throw-away dev databases
         * (generate, lint, drift, verify) cannot get credentials from it and need {@link #devUrl}.
         * Replaces a {@link #url} given before; see docs/embedding.md.
         */
        public Builder dataSource(javax.sql.DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource);
            this.url = null;
            return this;
        }

        /** The variables {@code ${VAR}} in shale.toml reads; the process environment by default. */
        public Builder variables(Map<String, String> variables) {
            this.variables = Objects.requireNonNull(variables);
            return this;
        }

        /** Receives progress lines of migration commands (lock waits, each migration and its duration). */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener);
            return this;
        }

        private ClassLoader classLoader() {
            if (classLoader != null) {
                return classLoader;
            }
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : Shale.class.getClassLoader();
        }

        /** Reads the configuration only, without resolving an environment. */
        public ShaleConfig loadConfig() {
            return new ConfigLoader(variables).load(Optional.ofNullable(configFile), projectDir);
        }

        /** Reads the configuration and resolves the environment. Fails with a {@link ShaleException}. */
        public Shale load() {
            ShaleConfig config = loadConfig();
            Environment environment;
            if (dataSource != null) {
                DatabaseUrl borrowed = DataSourceUrls.describe(dataSource, projectDir);
                // The environment's settings on the DataSource's database, whatever its url in shale.toml.
                environment = config.environment(Optional.ofNullable(environmentName),
                        Optional.of(borrowed.jdbcUrl()), projectDir).withUrl(borrowed);
            } else {
                environment = config.environment(
                        Optional.ofNullable(environmentName), Optional.ofNullable(url), projectDir);
            }
            if (devUrl != null) {
                environment = environment.withDevUrl(Dialects.parseUrl(devUrl, projectDir));
            }
            if (migrationsDir != null) {
                environment = environment.withMigrationsDir(migrationsDir);
            }
            if (classpathMigrations != null) {
                environment = environment.withMigrationsDir(
                        ClasspathMigrations.extract(classLoader(), classpathMigrations));
            }
            return new Shale(config, environment, listener);
        }
    }
}
