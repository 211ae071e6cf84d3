package dev.shale.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ConfigurationException;
import dev.shale.dialect.Dialects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    private static final Path BASE = Path.of("/projects/app");

    private static DatabaseUrl parse(String raw) {
        return Dialects.parseUrl(raw, BASE);
    }

    @Test
    void eachDialectsOwnDriverTakesTheJdbcUrlsItsUrlsBecome() throws Exception {
        for (String raw : new String[] {"postgres://app@db:5432/shop", "jdbc:postgresql://db/shop",
                "mysql://app@db:3306/shop", "mariadb://app@db/shop", "jdbc:mysql://db/shop", "sqlite:app.db",
                "sqlite::memory:"}) {
            DatabaseUrl url = parse(raw);
            assertThat(url.dialect().driver().acceptsURL(url.jdbcUrl())).as(raw).isTrue();
            for (var other : Dialects.all()) {
                if (other != url.dialect()) {
                    assertThat(other.driver().acceptsURL(url.jdbcUrl())).as(other.id() + " takes " + raw).isFalse();
                }
            }
        }
    }

    @Test
    void postgresUrlBecomesAJdbcUrlWithoutTheCredentials() {
        DatabaseUrl url = parse("postgres://app:s3cr%40t@db.example.com:6543/shop?sslmode=require");
        assertThat(url.dialect().id()).isEqualTo("postgresql");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s3cr@t");
        assertThat(url.database()).isEqualTo("shop");
    }

    @Test
    void postgresqlSchemeAndDefaultPortAreAccepted() {
        DatabaseUrl url = parse("postgresql://localhost/shop");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.user()).isNull();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
    }

    @Test
    void jdbcUrlCredentialsInTheQueryAreTakenOut() {
        DatabaseUrl url = parse("jdbc:postgresql://h:5432/db?user=u&password=p&ssl=true");
        assertThat(url.user()).isEqualTo("u");
        assertThat(url.password()).isEqualTo("p");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?ssl=true");
    }

    @Test
    void mysqlAndMariadbSchemesUseTheMariadbDriver() {
        assertThat(parse("mysql://root@127.0.0.1/app").jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/app");
        assertThat(parse("mariadb://root@127.0.0.1:3307/app").jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3307/app");
        assertThat(parse("jdbc:mysql://h/app").jdbcUrl()).isEqualTo("jdbc:mariadb://h:3306/app");
        assertThat(parse("mysql://root@h:3306/").database()).isNull();
    }

    @Test
    void sqlitePathsResolveAgainstTheBaseDirectory() {
        assertThat(parse("sqlite:data/app.db").database()).isEqualTo("/projects/app/data/app.db");
        assertThat(parse("sqlite:///var/lib/app.db").database()).isEqualTo("/var/lib/app.db");
        assertThat(parse("jdbc:sqlite:app.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/projects/app/app.db");
        assertThat(parse("sqlite::memory:").jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
    }

    @Test
    void displayNeverShowsThePassword() {
        DatabaseUrl url = parse("postgres://app:hunter2@db:5432/shop");
        assertThat(url.toString()).isEqualTo("postgresql://app@db:5432/shop").doesNotContain("hunter2");
        assertThat(url.jdbcUrl()).doesNotContain("hunter2");
    }

    @Test
    void redactMasksPasswordsInRawText() {
        assertThat(DatabaseUrl.redact("oracle://scott:tiger@h/db")).isEqualTo("oracle://scott:***@h/db");
        assertThat(DatabaseUrl.redact("jdbc:x://h/db?user=a&password=tiger&x=1"))
                .isEqualTo("jdbc:x://h/db?user=a&password=***&x=1");
    }

    @Test
    void unknownSchemeIsAConfigurationErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> parse("oracle://scott:tiger@h/db"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown database URL scheme in 'oracle://scott:***@h/db'")
                .satisfies(e -> assertThat(((ConfigurationException) e).hint())
                        .hasValueSatisfying(h -> assertThat(h).contains("postgres:", "mysql:", "sqlite:")));
    }

    @Test
    void emptySqlitePathIsRejected() {
        assertThatThrownBy(() -> parse("sqlite:")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("names no file");
    }
}
