package dev.shale.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shale.compare.DriftDifference.Kind;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.util.List;

/** drift through the Java API: live schema against the applied migrations, on each database. */
class DriftCheckTest {

    @OnEachDatabase
    void anUntouchedEnvironmentHasNoDrift(TestDatabase db) {
        DriftProject env = new DriftProject(db).migrated();

        DriftReport report = env.project().shale().drift();

        assertThat(report.differences()).isEmpty();
        assertThat(report.findings()).isEmpty();
        assertThat(report.drifted()).isFalse();
        assertThat(report.appliedVersion()).contains("0002");
        assertThat(report.environment()).isEqualTo("test");
    }

    @OnEachDatabase
    void everyChangeMadeByHandIsReportedExactly(TestDatabase db) {
        DriftProject env = new DriftProject(db).migrated();
        env.changeDefaultByHand();
        env.addColumnByHand();
        env.dropIndexByHand();
        env.createTableByHand();

        DriftReport report = env.project().shale().drift();

        assertThat(report.differences()).extracting(DriftDifference::kind, DriftDifference::object,
                DriftDifference::name).containsExactlyInAnyOrder(
                tuple(Kind.ADDED, "column", env.table("users") + ".nickname"),
                tuple(Kind.CHANGED, "column", env.table("users") + ".role"),
                tuple(Kind.REMOVED, "index", "orders_total_idx on " + env.table("orders")),
                tuple(Kind.ADDED, "table", env.table("audit_log")));
        assertThat(report.differences()).extracting(DriftDifference::description).contains(
                "column " + env.table("users") + ".nickname added by hand",
                "index orders_total_idx on " + env.table("orders") + " dropped by hand",
                "table " + env.table("audit_log") + " added by hand");
        assertThat(report.differences()).filteredOn(d -> d.kind() == Kind.CHANGED).singleElement()
                .satisfies(d -> assertThat(d.description())
                        .startsWith("default of " + env.table("users") + ".role changed by hand (default ")
                        .contains("user").contains("member"));
        assertThat(report.drifted()).isTrue();
        assertThat(report.driftCount()).isEqualTo(4);
    }

    @OnEachDatabase
    void aPendingMigrationIsListedButIsNotDrift(TestDatabase db) {
        DriftProject env = new DriftProject(db).migrated().pending();

        DriftReport report = env.project().shale().drift();

        assertThat(report.differences()).as("the pending table is not expected yet").isEmpty();
        assertThat(report.findings()).extracting(MigrationFinding::kind, MigrationFinding::version)
                .containsExactly(tuple(MigrationFinding.Kind.PENDING, "0003"));
        assertThat(report.drifted()).isFalse();
    }

    @OnEachDatabase
    void anAppliedMigrationWhoseFileIsGoneIsDrift(TestDatabase db) {
        DriftProject env = new DriftProject(db).migrated();
        env.deleteFile("0002_create_orders.sql");

        DriftReport report = env.project().shale().drift();

        assertThat(report.findings()).extracting(MigrationFinding::kind, MigrationFinding::script)
                .containsExactly(tuple(MigrationFinding.Kind.MISSING_FILE, "0002_create_orders.sql"));
        assertThat(report.findings().get(0).description()).contains("applied but its file is missing");
        assertThat(report.differences()).extracting(DriftDifference::description)
                .containsExactly("table " + env.table("orders") + " added by hand");
        assertThat(report.drifted()).isTrue();
    }

    @OnEachDatabase
    void anAppliedMigrationWhoseFileIsGoneIsDriftAlsoInTheMiddleOfTheHistory(TestDatabase db) {
        DriftProject env = new DriftProject(db);
        env.project().file("0003_create_invoices.sql", dev.shale.migrate.MigrationProject.migration(
                "CREATE TABLE invoices (id INTEGER PRIMARY KEY);", "DROP TABLE invoices;"));
        env.migrated().deleteFile("0002_create_orders.sql");

        DriftReport report = env.project().shale().drift();

        assertThat(report.findings()).extracting(MigrationFinding::kind, MigrationFinding::version)
                .containsExactly(tuple(MigrationFinding.Kind.MISSING_FILE, "0002"));
        assertThat(report.appliedVersion()).contains("0003");
    }

    @OnEachDatabase
    void driftNeverWritesToTheEnvironment(TestDatabase db) {
        DriftProject env = new DriftProject(db).migrated().pending();
        env.addColumnByHand();
        List<List<String>> historyBefore = db.query("SELECT * FROM shale_history ORDER BY installed_rank");
        var schemaBefore = env.project().shale().inspect(List.of()).schema();

        env.project().shale().drift();

        assertThat(db.query("SELECT * FROM shale_history ORDER BY installed_rank")).isEqualTo(historyBefore);
        assertThat(db.queryValue("SELECT count(*) FROM users")).isEqualTo("1");
        assertThat(db.queryValue("SELECT count(*) FROM orders")).isEqualTo("1");
        assertThat(env.project().shale().inspect(List.of()).schema()).as("no table created, none altered")
                .isEqualTo(schemaBefore);
    }
}
