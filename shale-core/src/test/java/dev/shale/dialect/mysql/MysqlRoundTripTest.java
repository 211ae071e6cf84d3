package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.DatabaseSchema;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;

/** The rich fixture survives inspect → render → apply → inspect unchanged. */
class MysqlRoundTripTest {

    @OnEachDatabase(TestDialect.MARIADB)
    void theRenderedSchemaRecreatesAnEqualModelInAnotherDatabase(TestDatabase source) {
        MysqlInspection.apply(source, SqlScript.resource("/fixtures/mysql/rich.sql"));
        DatabaseSchema original = MysqlInspection.inspect(source);
        List<String> ddl = source.dialect().ddl().createStatements(original);

        try (TestDatabase target = TestDatabase.create(TestDialect.MARIADB)) {
            MysqlInspection.apply(target, ddl);
            DatabaseSchema copy = MysqlInspection.inspect(target);
            assertThat(copy.tables()).isEqualTo(original.tables());
            assertThat(copy).isEqualTo(original);
            assertThat(source.dialect().ddl().createStatements(copy)).isEqualTo(ddl);
        }
    }
}
