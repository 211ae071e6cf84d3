package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.db.Jdbc;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;

class PostgresTargetTest {

    @OnEachDatabase(TestDialect.POSTGRES)
    void aFreshDatabaseSetsThePreviousRoundsAsideAndDropRemovesThemAll(TestDatabase db) {
        String prefix = db.name() + "_";
        BenchTarget target = BenchTarget.of(db.urlString(), prefix);
        String name = target.databaseName("s1", "shale");

        target.fresh(name);
        Jdbc.execute(target.database(name), "CREATE TABLE left_by_round_one (id integer)");
        target.fresh(name);

        assertThat(databases(db, prefix)).containsExactly(name, name + "_aside_1");
        assertThat(tables(db, target, name)).isEqualTo("0");
        assertThat(tables(db, target, name + "_aside_1")).isEqualTo("1");

        target.drop(name);

        assertThat(databases(db, prefix)).isEmpty();
    }

    private static java.util.List<String> databases(TestDatabase db, String prefix) {
        return db.query("SELECT datname FROM pg_database WHERE starts_with(datname, '" + prefix + "') ORDER BY datname")
                .stream().map(row -> row.get(0)).toList();
    }

    private static String tables(TestDatabase db, BenchTarget target, String database) {
        try (var connection = target.database(database).connect(); var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
