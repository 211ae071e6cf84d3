package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.plan.ExpandContract;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;

/** What the expand / contract form of a column rename does to rows written by both releases. */
class MysqlExpandContractTest {
    private static final String ITEMS = "CREATE TABLE items (id INT PRIMARY KEY, "
            + "status VARCHAR(20) NOT NULL DEFAULT 'new', note VARCHAR(20))";
    private static final Change.RenameColumn RENAME = new Change.RenameColumn(QualifiedName.of("items"), "status",
            "state");

    @OnEachDatabase(TestDialect.MARIADB)
    void bothReleasesWriteThroughTheTriggersAndContractLeavesTheRenamedNotNullColumn(TestDatabase db) {
        db.execute(ITEMS, "INSERT INTO items (id, status) VALUES (1, 'old'), (2, 'new')");
        DatabaseSchema before = MysqlInspection.inspect(db);
        ExpandContract form = new MysqlExpandContract(db.dialect()::quote).plan(RENAME, before);

        MysqlPlanRuns.run(db, form.expandUp());
        assertThat(db.query("SELECT id, status, state FROM items ORDER BY id"))
                .containsExactly(List.of("1", "old", "old"), List.of("2", "new", "new"));
        db.execute("INSERT INTO items (id, status) VALUES (3, 'from old')",
                "INSERT INTO items (id, state) VALUES (4, 'from new')",
                "INSERT INTO items (id, note) VALUES (5, 'neither')",
                "UPDATE items SET status = 'old edit' WHERE id = 1",
                "UPDATE items SET state = 'new edit' WHERE id = 2");
        assertThat(db.query("SELECT id, status, state FROM items ORDER BY id")).containsExactly(
                List.of("1", "old edit", "old edit"), List.of("2", "new edit", "new edit"),
                List.of("3", "from old", "from old"), List.of("4", "from new", "from new"),
                List.of("5", "new", "new"));

        MysqlPlanRuns.run(db, form.contractUp());
        assertThat(MysqlInspection.inspect(db)).isEqualTo(MysqlPlanRuns.schemaOf(ITEMS.replace("status", "state")));

        MysqlPlanRuns.run(db, form.contractDown());
        MysqlPlanRuns.run(db, form.expandDown());
        assertThat(MysqlInspection.inspect(db)).isEqualTo(before);
        assertThat(db.queryValue("SELECT status FROM items WHERE id = 4")).isEqualTo("from new");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void aColumnUnderAnIndexIsRefused(TestDatabase db) {
        db.execute(ITEMS, "CREATE INDEX items_status_idx ON items (status)");
        DatabaseSchema before = MysqlInspection.inspect(db);
        assertThatThrownBy(() -> new MysqlExpandContract(db.dialect()::quote).plan(RENAME, before))
                .isInstanceOf(ShaleException.class)
                .hasMessageContaining("a key, index, constraint or view uses it");
    }
}
