package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The product and version decide the few catalog differences between MariaDB and MySQL. */
class MysqlServerTest {

    @Test
    void mariadbIsRecognisedFromItsVersionString() {
        MysqlServer server = MysqlServer.parse("10.11.6-MariaDB-0+deb12u1", "app");
        assertThat(server.mariadb()).isTrue();
        assertThat(server.hasCheckConstraints()).isTrue();
        assertThat(server.hasSequences()).isTrue();
        assertThat(server.hasIndexExpressions()).isFalse();
    }

    @Test
    void mysqlGainsCheckConstraintsIn8016AndFunctionalIndexesIn8013() {
        assertThat(MysqlServer.parse("8.0.15", "app").hasCheckConstraints()).isFalse();
        assertThat(MysqlServer.parse("8.0.16", "app").hasCheckConstraints()).isTrue();
        assertThat(MysqlServer.parse("8.0.12", "app").hasIndexExpressions()).isFalse();
        assertThat(MysqlServer.parse("8.4.2", "app").hasIndexExpressions()).isTrue();
        assertThat(MysqlServer.parse("8.4.2", "app").hasSequences()).isFalse();
    }
}
