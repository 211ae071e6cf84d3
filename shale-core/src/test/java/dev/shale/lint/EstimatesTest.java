package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.Shale;
import dev.shale.dialect.SafetyFacts.WorkKind;
import dev.shale.dialect.TableStatistics.TableSize;
import dev.shale.migrate.MigrateOptions;
import dev.shale.model.QualifiedName;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Table statistics read from each real server, and the duration estimates lint makes from them. */
class EstimatesTest {
    private static final String TABLE = "CREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER, v VARCHAR(20))";

    private static QualifiedName t(TestDatabase db) {
        return db.kind() == TestDialect.POSTGRES ? QualifiedName.of("public", "t") : QualifiedName.of("t");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void eachDialectReadsRowsAndBytesOfEveryTable(TestDatabase db) throws SQLException {
        db.execute(TABLE, "CREATE TABLE empty_one (id INTEGER PRIMARY KEY)");
        StringBuilder insert = new StringBuilder("INSERT INTO t (id, c, v) VALUES ");
        for (int i = 1; i <= 500; i++) {
            insert.append(i == 1 ? "" : ", ").append("(").append(i).append(", ").append(i).append(", 'value ")
                    .append(i).append("')");
        }
        db.execute(insert.toString());
        db.execute(switch (db.kind()) {
            case POSTGRES -> "ANALYZE t";
            case MARIADB -> "ANALYZE TABLE t";
            default -> "SELECT 1";
        });
        Map<QualifiedName, TableSize> sizes;
        try (Connection readOnly = db.url().connectReadOnly()) {
            sizes = db.dialect().statistics().read(readOnly);
        }
        assertThat(sizes).containsKeys(t(db), db.kind() == TestDialect.POSTGRES
                ? QualifiedName.of("public", "empty_one") : QualifiedName.of("empty_one"));
        assertThat(sizes.get(t(db)).rows()).as("an estimate on MariaDB").isBetween(400L, 600L);
        assertThat(sizes.get(t(db)).bytes()).isPositive();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aPostgresTableFilledSinceItsLastAnalyzeIsNotReadAsEmpty(TestDatabase db) throws Exception {
        db.execute(TABLE, "INSERT INTO t (id, c, v) SELECT g, g, 'value' FROM generate_series(1, 3000) g");
        // No ANALYZE: reltuples is still -1; the statistics collector's live-row count reaches
        // the shared statistics when the inserting session ends, which may take a moment.
        long rows = 0;
        for (int attempt = 0; attempt < 50 && rows < 3000; attempt++) {
            try (Connection readOnly = db.url().connectReadOnly()) {
                rows = db.dialect().statistics().read(readOnly).get(t(db)).rows();
            }
            if (rows < 3000) {
                Thread.sleep(100);
            }
        }
        assertThat(rows).isEqualTo(3000);
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void aRewriteOfALargeTableIsEstimatedAndPointedOutAboveTheLockThreshold(TestDatabase db) {
        String rewrite = switch (db.kind()) {
            case POSTGRES -> "ALTER TABLE t ALTER COLUMN c TYPE BIGINT;";
            case MARIADB -> "ALTER TABLE t MODIFY c BIGINT;";
            default -> "CREATE TABLE t_new (id INTEGER PRIMARY KEY, c INTEGER CHECK (c > 0), v VARCHAR(20));\n"
                    + "INSERT INTO t_new SELECT id, c, v FROM t;\nDROP TABLE t;\nALTER TABLE t_new RENAME TO t;";
        };
        LintProject project = new LintProject(db).migration(TABLE + ";", "DROP TABLE t;").migration(rewrite, "SELECT 1;");
        Shale shale = project.project().shale();
        shale.migrate(MigrateOptions.defaults().target("1"));
        long fiveGigabytes = 5L * 1024 * 1024 * 1024;
        EstimateBasis basis = new EstimateBasis("prod", Map.of(t(db), new TableSize(40_000_000, fiveGigabytes)),
                Duration.ofSeconds(2));

        LintReport report = new Linter(shale.environment(), Optional.empty(), Optional.of(basis))
                .lint(LintOptions.pending(), shale::status);

        List<Estimate> estimates = report.migrations().get(0).estimates();
        assertThat(estimates).filteredOn(e -> e.kind() == WorkKind.REWRITE).first().satisfies(e -> {
            assertThat(e.table()).isEqualTo(t(db));
            assertThat(e.blocking()).isTrue();
            assertThat(e.overThreshold()).isTrue();
            long seconds = fiveGigabytes / db.dialect().safety().bytesPerSecond(WorkKind.REWRITE);
            assertThat(e.duration().toSeconds()).isEqualTo(seconds);
            assertThat(e.describe()).contains("rewrite of", "40000000 rows", "5120 MB", "blocks the table");
        });
        assertThat(dev.shale.lint.format.LintFormat.TEXT.render(report, project.project().dir()))
                .contains("estimate: rewrite of", "holds a blocking lock longer than 2s",
                        "estimates from prod's table statistics (order of magnitude), lock threshold 2s: 1 statement(s) over it");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void anOnlineIndexBuildIsEstimatedButNotPointedOut(TestDatabase db) {
        String index = db.kind() == TestDialect.POSTGRES
                ? "-- shale:no-transaction\n-- shale:up\nCREATE INDEX CONCURRENTLY t_c ON t (c);\n-- shale:down\nSELECT 1;\n"
                : "-- shale:up\nCREATE INDEX t_c ON t (c);\n-- shale:down\nSELECT 1;\n";
        LintProject project = new LintProject(db).migration(TABLE + ";", "DROP TABLE t;").file(index);
        Shale shale = project.project().shale();
        shale.migrate(MigrateOptions.defaults().target("1"));
        EstimateBasis basis = new EstimateBasis("prod", Map.of(t(db), new TableSize(1_000_000, 1L << 32)),
                Duration.ofSeconds(2));
        LintReport report = new Linter(shale.environment(), Optional.empty(), Optional.of(basis))
                .lint(LintOptions.pending(), shale::status);
        assertThat(report.migrations().get(0).estimates()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(WorkKind.INDEX_BUILD);
            assertThat(e.blocking()).isFalse();
            assertThat(e.overThreshold()).isFalse();
            assertThat(e.duration()).isGreaterThan(Duration.ofSeconds(60));
        });
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aBlockingIndexBuildShorterThanTheThresholdIsNotPointedOut(TestDatabase db) {
        LintProject project = new LintProject(db).migration(TABLE + ";", "DROP TABLE t;")
                .migration("CREATE INDEX t_c ON t (c);", "DROP INDEX t_c;");
        Shale shale = project.project().shale();
        shale.migrate(MigrateOptions.defaults().target("1"));
        EstimateBasis basis = new EstimateBasis("prod", Map.of(t(db), new TableSize(1000, 1024 * 1024)),
                Duration.ofSeconds(2));
        LintReport report = new Linter(shale.environment(), Optional.empty(), Optional.of(basis))
                .lint(LintOptions.pending(), shale::status);
        assertThat(report.migrations().get(0).estimates()).singleElement().satisfies(e -> {
            assertThat(e.blocking()).isTrue();
            assertThat(e.overThreshold()).isFalse();
            assertThat(e.duration()).isLessThan(Duration.ofSeconds(1));
        });
    }
}
