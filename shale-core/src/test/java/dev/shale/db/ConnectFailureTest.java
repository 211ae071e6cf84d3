package dev.shale.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.DatabaseUnavailableException;
import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.dialect.Dialects;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures to connect, on the real servers, become exit code 3 with a message and a hint. */
class ConnectFailureTest {
    @TempDir
    Path dir;

    @OnEachDatabase
    void aFreshDatabaseAnswers(TestDatabase db) {
        ServerInfo info = ServerInfo.probe(db.url());
        assertThat(info.product()).isNotBlank();
        assertThat(info.version()).isNotBlank();
    }

    @Test
    void unreachablePostgresIsExplained() {
        assertThatThrownBy(() -> Dialects.parseUrl("postgres://postgres:pw@127.0.0.1:1/app", dir).connect())
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot reach PostgreSQL at 127.0.0.1:1")
                .satisfies(e -> assertThat(((ShaleException) e).exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE));
    }

    @Test
    void unreachableMariadbIsExplained() {
        assertThatThrownBy(() -> Dialects.parseUrl("mysql://root@127.0.0.1:1/app", dir).connect())
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot reach MySQL/MariaDB at 127.0.0.1:1");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void missingDatabaseIsNamedWithHowToCreateIt(TestDatabase db) {
        DatabaseUrl missing = db.dialect().createDatabase(db.url(), db.name() + "_x");
        db.dialect().dropDatabase(db.url(), db.name() + "_x");
        assertThatThrownBy(missing::connect)
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("database '" + db.name() + "_x' does not exist")
                .satisfies(e -> assertThat(((ShaleException) e).hint().orElseThrow()).startsWith("create it first"));
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void wrongPasswordIsAnAuthenticationFailureThatNeverShowsThePassword(TestDatabase db) {
        String user = db.name();
        db.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'right-one'",
                "CREATE USER '" + user + "'@'localhost' IDENTIFIED BY 'right-one'",
                "CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY 'right-one'");
        try {
            DatabaseUrl wrong = Dialects.parseUrl("mysql://" + user + ":wrong-one@" + db.url().host() + ":"
                    + db.url().port() + "/" + db.name(), dir);
            assertThatThrownBy(wrong::connect)
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("refused the credentials of user '" + user + "'")
                    .hasMessageNotContaining("wrong-one");
            DatabaseUrl right = Dialects.parseUrl("mysql://" + user + ":right-one@" + db.url().host() + ":"
                    + db.url().port() + "/", dir);
            assertThat(ServerInfo.probe(right).product()).isNotBlank();
        } finally {
            db.execute("DROP USER '" + user + "'@'%'", "DROP USER '" + user + "'@'localhost'",
                    "DROP USER '" + user + "'@'127.0.0.1'");
        }
    }

    @Test
    void unwritableSqlitePathIsExplained() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Dialects.parseUrl("sqlite:" + notADirectory.resolve("app.db"), dir).connect())
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("cannot open the SQLite database file " + notADirectory.resolve("app.db"));
    }
}
