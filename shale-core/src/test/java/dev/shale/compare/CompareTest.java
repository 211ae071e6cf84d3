package dev.shale.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shale.migrate.MigrationProject;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare dev prod} on real databases: what promoting dev to prod changes, classified with
 * lint's rules, breaking first. The reads go through read-only sessions ({@code Inspector} and the
 * history use {@code connectReadOnly}, whose refusal of writes ReadOnlyConnectionTest proves).
 */
class CompareTest {
    static final String PROD = "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL, nickname TEXT)";
    static final String[] DEV = {
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(50) NOT NULL, bio TEXT)",
        "CREATE INDEX users_bio ON users (bio)",
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT)"};

    @TempDir
    Path dir;

    @Test
    void breakingDifferencesComeFirstAndSafeOnesLast() {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES)) {
            prod.execute(PROD);
            dev.execute(DEV);
            ComparisonReport report = new CompareProject(dir, dev, prod).compare("dev", "prod");

            assertThat(report.worstFirst()).extracting(Difference::table, Difference::object, Difference::name,
                    Difference::action, Difference::classification).containsExactly(
                    tuple("public.users", "column", "email", "changed", Classification.BREAKING),
                    tuple("public.users", "column", "nickname", "dropped", Classification.BREAKING),
                    tuple("public.tags", "table", "public.tags", "added", Classification.SAFE),
                    tuple("public.users", "column", "bio", "added", Classification.SAFE),
                    tuple("public.users", "index", "users_bio", "added", Classification.SAFE));
            assertThat(report.tables()).extracting(TableComparison::table, TableComparison::presence)
                    .containsExactly(tuple("public.users", "both"), tuple("public.tags", "source only"));
            assertThat(report.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void eachClassificationNamesTheLintRuleBehindIt() {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES)) {
            prod.execute(PROD);
            dev.execute(DEV);
            List<Difference> differences = new CompareProject(dir, dev, prod).compare("dev", "prod").worstFirst();

            assertThat(differences.get(0).findings()).extracting(RuleFinding::rule).containsExactly("DS201");
            assertThat(differences.get(0).target()).isEqualTo("character varying(200) NOT NULL");
            assertThat(differences.get(0).source()).isEqualTo("character varying(50) NOT NULL");
            assertThat(differences.get(1).findings()).extracting(RuleFinding::rule).containsExactly("DS102");
            assertThat(differences.get(1).sql()).containsExactly("ALTER TABLE \"public\".\"users\" DROP COLUMN \"nickname\"");
            assertThat(differences.subList(2, 5)).allSatisfy(d -> assertThat(d.findings()).isEmpty());
        }
    }

    @Test
    void aTypeChangeThatOnlyRewritesIsRiskyNotBreaking() {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES)) {
            prod.execute("CREATE TABLE counters (id INTEGER PRIMARY KEY, hits INTEGER, note TEXT)");
            dev.execute("CREATE TABLE counters (id INTEGER PRIMARY KEY, hits BIGINT, note TEXT NOT NULL)");

            List<Difference> differences = new CompareProject(dir, dev, prod).compare("dev", "prod").worstFirst();

            assertThat(differences).extracting(Difference::name, Difference::classification).containsExactly(
                    tuple("hits", Classification.RISKY), tuple("note", Classification.RISKY));
            assertThat(differences).flatExtracting(Difference::findings).extracting(RuleFinding::rule)
                    .containsExactly("DS201", "DS302");
        }
    }

    @Test
    void equalSchemasExitZero() {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES)) {
            prod.execute(PROD);
            dev.execute(PROD);
            ComparisonReport report = new CompareProject(dir, dev, prod).compare("dev", "prod");

            assertThat(report.equal()).isTrue();
            assertThat(report.exitCode()).isZero();
            assertThat(report.pending()).contains(List.of());
        }
    }

    @Test
    void migrationsAppliedOnSourceAndNotOnTargetAreListed() {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES)) {
            String first = MigrationProject.migration("CREATE TABLE users (id INTEGER PRIMARY KEY);", "DROP TABLE users;");
            String second = MigrationProject.migration("CREATE TABLE orders (id INTEGER PRIMARY KEY);",
                    "DROP TABLE orders;");
            new MigrationProject(dev).file("0001_create_users.sql", first).file("0002_create_orders.sql", second)
                    .shale().migrate();
            new MigrationProject(prod).file("0001_create_users.sql", first).shale().migrate();

            ComparisonReport report = new CompareProject(dir, dev, prod).compare("dev", "prod");

            assertThat(report.pending().orElseThrow()).extracting(PendingMigration::version,
                    PendingMigration::script).containsExactly(tuple("0002", "0002_create_orders.sql"));
            assertThat(report.worstFirst()).extracting(Difference::name).containsExactly("public.orders");
        }
    }

    @Test
    void aComparisonWithSchemaFilesHasNoPendingMigrations() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES)) {
            prod.execute(PROD);
            java.nio.file.Files.writeString(dir.resolve("schema.sql"), String.join(";\n", DEV) + ";\n");
            ComparisonReport report = new CompareProject(dir, dev, prod).compare("schema.sql", "prod");

            assertThat(report.pending()).isEmpty();
            assertThat(report.count(Classification.BREAKING)).isEqualTo(2);
        }
    }

    @OnEachDatabase({TestDialect.MARIADB, TestDialect.SQLITE})
    void aDroppedColumnIsBreakingAndAnAddedNullableColumnSafe(TestDatabase prod) {
        try (TestDatabase dev = TestDatabase.create(prod.kind())) {
            prod.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(50))");
            dev.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, bio VARCHAR(50))");

            List<Difference> differences = new CompareProject(dir, dev, prod).compare("dev", "prod").worstFirst();

            assertThat(differences).extracting(Difference::name, Difference::action, Difference::classification)
                    .containsExactly(tuple("nickname", "dropped", Classification.BREAKING),
                            tuple("bio", "added", Classification.SAFE));
        }
    }
}
