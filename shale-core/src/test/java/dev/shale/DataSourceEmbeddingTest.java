package dev.shale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.MigrationLock;
import dev.shale.lint.LintOptions;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationProject;
import dev.shale.migrate.MigrationRun;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.RollbackOptions;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import dev.shale.verify.VerifyOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** The facade on an application's DataSource: commands work, and borrowed connections go back clean. */
class DataSourceEmbeddingTest {

    @OnEachDatabase
    void migrateStatusAndValidateWorkThroughThePlainDataSourceOfEachDriver(TestDatabase db) throws SQLException {
        MigrationProject project = projectWithOneMigration(db);

        Shale shale = Shale.configure().projectDir(project.dir()).variables(Map.of())
                .dataSource(plainDataSource(db)).load();
        MigrationRun run = shale.migrate();

        assertThat(run.migrations()).hasSize(1);
        assertThat(db.queryValue("SELECT COUNT(*) FROM t")).isEqualTo("1");
        assertThat(shale.status()).extracting(MigrationStatus::state).extracting(Enum::name).containsExactly("APPLIED");
        assertThat(shale.validate().valid()).isTrue();
        assertThat(shale.environment().url().dialect()).isEqualTo(db.dialect());
        assertThat(shale.environment().url().database()).isEqualTo(db.url().database());
    }

    @OnEachDatabase
    void thePooledConnectionComesBackWithoutShalesSessionSettings(TestDatabase db) throws SQLException {
        MigrationProject project = projectWithOneMigration(db);
        try (HikariDataSource pool = poolOfOne(plainDataSource(db))) {
            SessionState before = SessionState.of(db.kind(), pool);

            Shale shale = Shale.configure().projectDir(project.dir()).variables(Map.of()).dataSource(pool).load();
            shale.migrate();
            assertThat(shale.inspect(List.of()).schema().tables()).extracting(t -> t.name().name()).contains("t");
            shale.status();

            SessionState after = SessionState.of(db.kind(), pool);
            assertThat(after.connection()).as("the pool of one reused its connection").isEqualTo(before.connection());
            assertThat(after).isEqualTo(before);
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                assertThat(connection.getAutoCommit()).isTrue();
                assertThat(connection.isReadOnly()).isFalse();
                statement.execute("CREATE TABLE written_by_the_application (id INTEGER)");
            }
        }
    }

    @OnEachDatabase
    void rollbackAndRepairWorkThroughAPoolOfOne(TestDatabase db) {
        MigrationProject project = projectWithOneMigration(db);
        try (HikariDataSource pool = poolOfOne(plainDataSource(db))) {
            Shale shale = Shale.configure().projectDir(project.dir()).variables(Map.of()).dataSource(pool).load();
            shale.migrate();

            assertThat(shale.rollback(RollbackOptions.lastOne()).migrations()).hasSize(1);
            assertThat(shale.repair()).isEmpty();
            assertThat(shale.status()).extracting(MigrationStatus::state).extracting(Enum::name)
                    .containsExactly("PENDING");
        }
    }

    @OnEachDatabase
    void aReadOnlySessionOnABorrowedConnectionRefusesWritesAndIsWritableAgainAfterwards(TestDatabase db)
            throws SQLException {
        try (HikariDataSource pool = poolOfOne(plainDataSource(db))) {
            DatabaseUrl borrowed = Shale.configure().projectDir(db.scratchDir()).variables(Map.of())
                    .dataSource(pool).load().environment().url();

            try (Connection readOnly = borrowed.connectReadOnly(); Statement statement = readOnly.createStatement()) {
                assertThatThrownBy(() -> statement.execute("CREATE TABLE refused (id INTEGER)"))
                        .isInstanceOf(SQLException.class);
            }

            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE accepted (id INTEGER)");
            }
        }
    }

    @OnEachDatabase
    void anUncommittedTransactionIsRolledBackAndAutoCommitRestoredWithoutThePoolsHelp(TestDatabase db)
            throws SQLException {
        try (Connection physical = db.connect()) {
            db.execute("CREATE TABLE kept (id INTEGER)");
            DatabaseUrl borrowed = Shale.configure().projectDir(db.scratchDir()).variables(Map.of())
                    .dataSource(sharing(physical)).load().environment().url();

            try (Connection connection = borrowed.connect(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("INSERT INTO kept (id) VALUES (1)");
            }

            assertThat(physical.isClosed()).as("handed back, not closed by Shale").isFalse();
            assertThat(physical.getAutoCommit()).isTrue();
            assertThat(db.queryValue("SELECT COUNT(*) FROM kept")).isEqualTo("0");
        }
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void aBackupOnAServerAsksForAUrl(TestDatabase db) {
        MigrationProject project = projectWithOneMigration(db);
        Shale shale = Shale.configure().projectDir(project.dir()).variables(Map.of())
                .dataSource(plainDataSource(db)).load();

        assertThatThrownBy(() -> shale.migrate(MigrateOptions.defaults().backupTo(db.scratchDir().resolve("backups"))))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("url(...)"));
                });
        assertThat(shale.status()).extracting(MigrationStatus::state).extracting(Enum::name)
                .as("nothing ran").containsExactly("PENDING");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void aMigrationLockStillHeldWhenShaleReturnsTheConnectionIsReleased(TestDatabase db) throws SQLException {
        try (HikariDataSource pool = poolOfOne(plainDataSource(db))) {
            Shale shale = Shale.configure().projectDir(db.scratchDir()).variables(Map.of()).dataSource(pool).load();
            DatabaseUrl borrowed = shale.environment().url();
            MigrationLock lock = db.dialect().migrations().lock(borrowed, "shale_history");
            try (Connection connection = borrowed.connect()) {
                assertThat(lock.tryAcquire(connection)).isTrue();
                assertThat(lock.tryAcquire(connection)).as("taken twice, released twice").isTrue();
            }

            try (Connection other = db.connect()) {
                assertThat(lock.tryAcquire(other)).as("the lock is free once the connection went back").isTrue();
                lock.release(other);
            }
        }
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void commandsThatNeedADevDatabaseAskForDevUrl(TestDatabase db) {
        MigrationProject project = projectWithOneMigration(db);
        Shale shale = Shale.configure().projectDir(project.dir()).variables(Map.of())
                .dataSource(plainDataSource(db)).load();
        Map<String, ThrowingCallable> commands = Map.of("drift", shale::drift,
                "lint", () -> shale.lint(LintOptions.pending()),
                "verify", () -> shale.verify(VerifyOptions.pending()));

        commands.forEach((name, command) -> assertThatThrownBy(command).as(name)
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).contains("dev database").contains("DataSource");
                    assertThat(e.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("dev_url"));
                }));
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void withADevUrlDriftWorksThroughTheDataSource(TestDatabase db) {
        MigrationProject project = projectWithOneMigration(db);
        Shale shale = Shale.configure().projectDir(project.dir()).variables(Map.of())
                .dataSource(plainDataSource(db)).devUrl(db.urlString()).load();
        shale.migrate();

        assertThat(shale.drift().drifted()).isFalse();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aPasswordInTheDataSourcesUrlIsNeitherKeptNorShown(TestDatabase db) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.url().jdbcUrl() + (db.url().jdbcUrl().contains("?") ? "&" : "?") + "password=s3cret");
        dataSource.setUser(db.url().user());

        Shale shale = Shale.configure().projectDir(db.scratchDir()).variables(Map.of()).dataSource(dataSource).load();

        DatabaseUrl url = shale.environment().url();
        assertThat(url.password()).isNull();
        assertThat(url.jdbcUrl()).doesNotContain("s3cret");
        assertThat(url.display()).isEqualTo("postgresql://" + db.url().user() + "@" + db.url().host() + ":"
                + db.url().port() + "/" + db.name());
        assertThat(shale.environment().toString()).doesNotContain("s3cret");
    }

    private static MigrationProject projectWithOneMigration(TestDatabase db) {
        return new MigrationProject(db).file("0001_create_t.sql", MigrationProject.migration(
                "CREATE TABLE t (id INTEGER PRIMARY KEY);\nINSERT INTO t (id) VALUES (1);", "DROP TABLE t;"));
    }

    /** The DataSource class each driver ships, on the test database. */
    private static DataSource plainDataSource(TestDatabase db) {
        DatabaseUrl url = db.url();
        try {
            return switch (db.kind()) {
                case POSTGRES -> {
                    PGSimpleDataSource dataSource = new PGSimpleDataSource();
                    dataSource.setUrl(url.jdbcUrl());
                    dataSource.setUser(url.user());
                    dataSource.setPassword(url.password());
                    yield dataSource;
                }
                case MARIADB -> {
                    MariaDbDataSource dataSource = new MariaDbDataSource(url.jdbcUrl());
                    dataSource.setUser(url.user());
                    if (url.password() != null) {
                        dataSource.setPassword(url.password());
                    }
                    yield dataSource;
                }
                case SQLITE -> {
                    SQLiteDataSource dataSource = new SQLiteDataSource();
                    dataSource.setUrl(url.jdbcUrl());
                    yield dataSource;
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DataSource that hands out one physical connection and ignores close(), as a pool that resets nothing would. */
    private static DataSource sharing(Connection physical) {
        Connection uncloseable = (Connection) Proxy.newProxyInstance(DataSourceEmbeddingTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(DataSourceEmbeddingTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return uncloseable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A real pool that can only hand out one physical connection, so every borrower shares its session. */
    private static HikariDataSource poolOfOne(DataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /** The session settings Shale changes, as the application sees them on a pooled connection. */
    private record SessionState(String connection, Map<String, String> settings) {

        static SessionState of(TestDialect kind, DataSource pool) throws SQLException {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                return switch (kind) {
                    case POSTGRES -> new SessionState(value(statement, "SELECT pg_backend_pid()"), Map.of(
                            "lock_timeout", value(statement, "SHOW lock_timeout"),
                            "client_connection_check_interval", value(statement, "SHOW client_connection_check_interval"),
                            "transaction_read_only", value(statement, "SHOW transaction_read_only"),
                            "advisory locks", value(statement,
                                    "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")));
                    case MARIADB -> new SessionState(value(statement, "SELECT CONNECTION_ID()"), Map.of(
                            "lock_wait_timeout", value(statement, "SELECT @@session.lock_wait_timeout"),
                            "tx_read_only", value(statement, "SELECT @@session.tx_read_only")));
                    case SQLITE -> new SessionState(String.valueOf(System.identityHashCode(
                            connection.unwrap(org.sqlite.SQLiteConnection.class))), Map.of(
                            "busy_timeout", value(statement, "PRAGMA busy_timeout"),
                            "query_only", value(statement, "PRAGMA query_only")));
                };
            }
        }

        private static String value(Statement statement, String sql) throws SQLException {
            try (ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
