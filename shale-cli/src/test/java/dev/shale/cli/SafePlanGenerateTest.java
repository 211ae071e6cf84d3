package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} writes the safe form by default: applied with {@code migrate} while another
 * connection keeps writing to the table, no write waits as long as its lock timeout, and the
 * end schema is the schema files'. {@code --unsafe} writes the plain form.
 */
class SafePlanGenerateTest {
    private static final String ITEMS = """
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE items (
                id INTEGER PRIMARY KEY,
                n INTEGER,
                status VARCHAR(20),
                parent_id INTEGER
            );
            CREATE INDEX items_parent_idx ON items (parent_id);
            """;
    private static final String HARDENED_ITEMS = """
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE items (
                id INTEGER PRIMARY KEY,
                n INTEGER,
                status VARCHAR(20) NOT NULL DEFAULT 'new',
                parent_id INTEGER,
                CONSTRAINT items_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id),
                CONSTRAINT items_n_check CHECK (n >= 0)
            );
            CREATE INDEX items_n_idx ON items (n);
            CREATE TABLE audit (id INTEGER PRIMARY KEY, note VARCHAR(100));
            CREATE INDEX audit_note_idx ON audit (note);
            """;
    private static final int WRITER_LOCK_TIMEOUT_MILLIS = 1000;

    @TempDir
    Path dir;

    private SchemaAsCodeProject project(TestDatabase db) throws IOException {
        SchemaAsCodeProject p = new SchemaAsCodeProject(dir, db, false);
        Files.writeString(dir.resolve("shale.toml"), "[project]\nstatement_lock_timeout = \"2s\"\n\n[env.dev]\nurl = \""
                + db.urlString() + "\"\n");
        return p;
    }

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    }

    private static SchemaAsCodeProject withItems(SchemaAsCodeProject p, TestDatabase db) throws Exception {
        p.schema(ITEMS);
        ok(p.run("generate", "create_items"));
        ok(p.run("migrate"));
        db.execute("INSERT INTO parent (id) VALUES (1)");
        StringBuilder rows = new StringBuilder("INSERT INTO items (id, n, status, parent_id) VALUES ");
        for (int i = 1; i <= 3000; i++) {
            rows.append(i > 1 ? ", " : "").append("(").append(i).append(", ").append(i % 100).append(", ")
                    .append(i % 3 == 0 ? "NULL" : "'old'").append(", ").append(i % 2 == 0 ? "1" : "NULL").append(")");
        }
        db.execute(rows.toString());
        Thread.sleep(1000); // versions are timestamps to the second
        p.schema(HARDENED_ITEMS);
        return p;
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void postgresGetsConcurrentIndexesUnvalidatedConstraintsAndABackfilledNotNull(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = withItems(project(db), db);

        CliRun generate = p.run("generate", "harden_items");
        ok(generate);
        assertThat(p.migrationCount()).isEqualTo(4);
        String main = p.migration("harden_items");
        String online = p.migration("harden_items_online");
        String validate = p.migration("harden_items_validate");
        assertThat(main).contains("Safe forms", "harden_items_online, harden_items_validate",
                        "FOREIGN KEY (\"parent_id\") REFERENCES \"public\".\"parent\" (\"id\") NOT VALID",
                        "ADD CONSTRAINT \"items_n_check\" CHECK ((n >= 0)) NOT VALID",
                        "CREATE INDEX \"audit_note_idx\" ON \"public\".\"audit\"")
                .doesNotContain("shale:no-transaction");
        assertThat(main.substring(main.indexOf("-- shale:up"), main.indexOf("-- shale:down")))
                .doesNotContain("CONCURRENTLY", "items_n_idx", "SET NOT NULL");
        assertThat(main.substring(main.indexOf("-- shale:down")))
                .contains("DROP TABLE \"public\".\"audit\"")
                .doesNotContain("items_n_idx", "items_parent_idx");
        assertThat(online).contains("-- shale:no-transaction", "CREATE INDEX CONCURRENTLY \"items_n_idx\" ON \"public\".\"items\"",
                "DO $backfill$", "LIMIT 1000", "COMMIT;", "DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"items_n_idx\"",
                "DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"items_parent_idx\"");
        assertThat(online.substring(online.indexOf("-- shale:down")))
                .contains("CREATE INDEX CONCURRENTLY \"items_parent_idx\" ON \"public\".\"items\"");
        assertThat(validate).contains("VALIDATE CONSTRAINT \"items_parent_fk\"", "VALIDATE CONSTRAINT \"items_n_check\"",
                        "VALIDATE CONSTRAINT \"items_status_not_null\"", "ALTER COLUMN \"status\" SET NOT NULL",
                        "ADD CONSTRAINT \"items_status_not_null\" CHECK (\"status\" IS NOT NULL) NOT VALID",
                        "ALTER COLUMN \"status\" DROP NOT NULL", "-- shale:no-transaction");
        assertThat(generate.err()).contains("safe form: index items_n_idx on public.items: built CONCURRENTLY",
                "safe form: public.items.status: backfilled with its default");

        CliRun lint = p.run("lint", file(p, "harden_items"), file(p, "harden_items_online"),
                file(p, "harden_items_validate"), "--format", "json");
        assertThat(lint.out()).contains("\"findings\"").doesNotContain("DS401", "DS402", "DS702", "DS801");

        CliRun verify = p.run("verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();

        migrateWhileWriting(p, db, "SET lock_timeout = " + WRITER_LOCK_TIMEOUT_MILLIS, List.of(
                "INSERT INTO items (id, n, status, parent_id) VALUES (%d, 7, 'live', 1)",
                "UPDATE items SET n = n + 1 WHERE id = %d % 3000 + 1"));
        assertThat(db.queryValue("SELECT count(*) FROM items WHERE status IS NULL")).isEqualTo("0");
        assertThat(db.queryValue("SELECT count(*) FROM items WHERE status = 'new'")).isEqualTo("1000");
        assertThat(db.queryValue("SELECT bool_and(indisvalid) FROM pg_index WHERE indrelid = 'items'::regclass"))
                .isEqualTo("t");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void mariadbBuildsIndexesInPlaceAndBackfillsANotNullColumnWithoutLocking(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = withItems(project(db), db);

        CliRun generate = p.run("generate", "harden_items");
        ok(generate);
        assertThat(p.migrationCount()).isEqualTo(4);
        String main = p.migration("harden_items");
        String online = p.migration("harden_items_online");
        String validate = p.migration("harden_items_validate");
        assertThat(main).contains("ADD INDEX `items_n_idx` (`n`), ALGORITHM=INPLACE, LOCK=NONE",
                        "DROP INDEX `items_parent_idx`, ALGORITHM=INPLACE, LOCK=NONE",
                        "harden_items_online, harden_items_validate")
                .doesNotContain("`audit_note_idx` (`note`), ALGORITHM");
        assertThat(main.substring(main.indexOf("-- shale:up"), main.indexOf("-- shale:down")))
                .contains("ALTER COLUMN `status` SET DEFAULT 'new'").doesNotContain("NOT NULL DEFAULT 'new'");
        assertThat(online).contains("-- shale:no-transaction", "DROP PROCEDURE IF EXISTS `shale_backfill_items_status`",
                "REPEAT\n    UPDATE `items` SET `status` = DEFAULT WHERE `status` IS NULL LIMIT 1000;",
                "UNTIL ROW_COUNT() = 0 END REPEAT;", "CALL `shale_backfill_items_status`()");
        assertThat(validate).contains("-- shale:no-transaction",
                "MODIFY COLUMN `status` varchar(20) NOT NULL DEFAULT 'new', ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(validate.substring(validate.indexOf("-- shale:down")))
                .contains("MODIFY COLUMN `status` varchar(20) DEFAULT 'new'");
        assertThat(generate.err()).contains("safe form: index items_n_idx", "ALGORITHM=INPLACE, LOCK=NONE",
                        "safe form: items.status: backfilled with its default in batches of 1000",
                        "no non-blocking form for adding a CHECK or foreign key")
                .doesNotContain("not implemented");

        CliRun lint = p.run("lint", file(p, "harden_items"), file(p, "harden_items_online"),
                file(p, "harden_items_validate"), "--format", "json");
        assertThat(lint.out()).contains("\"findings\"", "\"rule\" : \"DS302\"").doesNotContain("items_n_idx", "DS801");
        // the CHECK and the foreign key copy the table; the in-place NOT NULL does not
        assertThat(lint.out().split("\"rule\" : \"DS601\"", -1)).hasSize(3);
        CliRun verify = p.run("verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();

        migrateWhileWriting(p, db, "SET SESSION innodb_lock_wait_timeout = 1, lock_wait_timeout = 1", List.of(
                "INSERT INTO items (id, n, status, parent_id) VALUES (%d, 7, 'live', 1)",
                "UPDATE items SET n = n + 1 WHERE id = %d % 3000 + 1"));
        assertThat(db.queryValue("SELECT count(*) FROM information_schema.routines WHERE routine_schema = DATABASE()"))
                .isEqualTo("0");
        assertThat(db.queryValue("SELECT count(*) FROM items WHERE status IS NULL")).isEqualTo("0");
        assertThat(db.queryValue("SELECT count(*) FROM items WHERE status = 'new'")).isEqualTo("1000");
        assertThat(db.queryValue("SELECT is_nullable FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'items' AND column_name = 'status'")).isEqualTo("NO");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void mariadbNotNullWithoutDefaultGetsACheckTheUserMustReplaceWithABackfill(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = project(db);
        p.schema(ITEMS);
        ok(p.run("generate", "create_items"));
        ok(p.run("migrate"));
        db.execute("INSERT INTO items (id, n) VALUES (1, NULL), (2, 5)");
        Thread.sleep(1000);
        p.schema(ITEMS.replace("n INTEGER,", "n INTEGER NOT NULL,"));

        CliRun generate = p.run("generate", "require_n");
        ok(generate);
        assertThat(generate.err()).contains("todo: items.n has no default");
        assertThat(p.migration("require_n_online")).contains("-- TODO: items.n has no default",
                "SIGNAL SQLSTATE '45000'");

        CliRun stopped = p.run("migrate");
        assertThat(stopped.exitCode()).isNotZero();
        assertThat(stopped.err()).contains("rows of items hold NULL in n: complete the backfill");
        assertThat(db.queryValue("SELECT is_nullable FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'items' AND column_name = 'n'")).isEqualTo("YES");

        assertThat(p.migration("require_n").substring(p.migration("require_n").indexOf("-- shale:up")))
                .doesNotContain("NOT NULL");

        db.execute("UPDATE items SET n = 0 WHERE n IS NULL");
        CliRun resumed = p.run("migrate");
        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(db.queryValue("SELECT is_nullable FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'items' AND column_name = 'n'")).isEqualTo("NO");
    }

    /** Runs 'shale migrate' while a writer keeps going; then the database has the schema files' schema. */
    private static void migrateWhileWriting(SchemaAsCodeProject p, TestDatabase db, String setTimeout,
                                            List<String> writes) throws Exception {
        ConcurrentWriter writer = new ConcurrentWriter(db, setTimeout, writes);
        CliRun migrate;
        try {
            Thread.sleep(200);
            migrate = p.run("migrate");
            Thread.sleep(200);
        } finally {
            writer.close();
        }
        ok(migrate);
        assertThat(writer.writes()).isGreaterThan(10);
        assertThat(writer.failures()).isEmpty();
        assertThat(writer.maxMillis()).isLessThan(WRITER_LOCK_TIMEOUT_MILLIS);
        CliRun diff = p.run("diff", "dev", "schema");
        assertThat(diff.exitCode()).as(diff.out() + diff.err()).isZero();
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.SQLITE})
    void unsafeWritesThePlainFormInOneMigration(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = withItems(project(db), db);
        db.execute("UPDATE items SET status = 'old' WHERE status IS NULL");

        CliRun generate = p.run("generate", "harden_items", "--unsafe");
        ok(generate);
        assertThat(p.migrationCount()).isEqualTo(2);
        assertThat(p.migration("harden_items")).doesNotContain("CONCURRENTLY", "NOT VALID", "VALIDATE", "$backfill$");
        assertThat(generate.err()).doesNotContain("safe form:");
        ok(p.run("migrate"));
        CliRun diff = p.run("diff", "dev", "schema");
        assertThat(diff.exitCode()).as(diff.out() + diff.err()).isZero();
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void sqliteHasNoSafeFormAndGetsThePlainOne(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = withItems(project(db), db);

        CliRun generate = p.run("generate", "harden_items", "--dry-run");
        ok(generate);
        assertThat(generate.out()).doesNotContain("CONCURRENTLY", "NOT VALID", "==== migration");
        assertThat(generate.err()).doesNotContain("safe form:");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aNotNullColumnWithoutDefaultGetsACheckTheUserMustReplaceWithABackfill(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = project(db);
        p.schema(ITEMS);
        ok(p.run("generate", "create_items"));
        ok(p.run("migrate"));
        db.execute("INSERT INTO items (id, n) VALUES (1, NULL), (2, 5)");
        Thread.sleep(1000);
        p.schema(ITEMS.replace("n INTEGER,", "n INTEGER NOT NULL,"));

        CliRun dryRun = p.run("generate", "require_n", "--dry-run");
        ok(dryRun);
        assertThat(dryRun.out()).contains("-- ==== migration require_n ====", "-- ==== migration require_n_online ====",
                "-- ==== migration require_n_validate ====");
        assertThat(p.migrationCount()).isEqualTo(1);

        CliRun generate = p.run("generate", "require_n");
        ok(generate);
        assertThat(generate.err()).contains("todo: public.items.n has no default");
        assertThat(p.migration("require_n")).contains("To do before 'shale migrate'");
        assertThat(p.migration("require_n_online")).contains("-- TODO: public.items.n has no default",
                "RAISE EXCEPTION");

        CliRun stopped = p.run("migrate");
        assertThat(stopped.exitCode()).isNotZero();
        assertThat(stopped.err()).contains("rows of public.items hold NULL in n: complete the backfill");
        assertThat(db.queryValue("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'items' "
                + "AND column_name = 'n'")).isEqualTo("YES");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void expandContractRenamesAColumnInTwoMigrationsWhileTheOldNameIsStillWritten(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = withItems(project(db), db);
        p.schema(ITEMS.replace("status VARCHAR(20)", "state VARCHAR(20)"));

        CliRun generate = p.run("generate", "rename_status", "--rename", "items.status=state", "--expand-contract");
        ok(generate);
        assertThat(p.migrationCount()).isEqualTo(3);
        assertThat(generate.err()).contains("note: public.items.status → state: between the expand and the contract");
        String expand = p.migration("rename_status_expand");
        String contract = p.migration("rename_status_contract");
        assertThat(expand).contains("-- shale:no-transaction", "ADD COLUMN \"state\" character varying(20)",
                "CREATE TRIGGER", "DO $copy$").doesNotContain("RENAME");
        assertThat(contract.substring(0, contract.indexOf("-- shale:down")))
                .contains("DROP TRIGGER", "DROP FUNCTION", "DROP COLUMN \"status\"");
        CliRun verify = p.run("verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();

        ConcurrentWriter oldRelease = new ConcurrentWriter(db, "SET lock_timeout = " + WRITER_LOCK_TIMEOUT_MILLIS,
                List.of("INSERT INTO items (id, n, status) VALUES (%d, 1, 'old insert')",
                        "UPDATE items SET status = 'old update' WHERE id = %d % 3000 + 1"));
        CliRun expanded;
        try {
            expanded = p.run("migrate", "--target", version(p, "rename_status_expand"));
            Thread.sleep(300);
        } finally {
            oldRelease.close();
        }
        ok(expanded);
        assertThat(oldRelease.failures()).isEmpty();
        assertThat(oldRelease.maxMillis()).isLessThan(WRITER_LOCK_TIMEOUT_MILLIS);
        assertThat(db.queryValue("SELECT count(*) FROM items WHERE state IS DISTINCT FROM status")).isEqualTo("0");
        db.execute("INSERT INTO items (id, n, state) VALUES (5000, 1, 'new insert')");
        assertThat(db.queryValue("SELECT status FROM items WHERE id = 5000")).isEqualTo("new insert");

        ok(p.run("migrate"));
        assertThat(db.queryValue("SELECT state FROM items WHERE id = 5000")).isEqualTo("new insert");
        CliRun diff = p.run("diff", "dev", "schema");
        assertThat(diff.exitCode()).as(diff.out() + diff.err()).isZero();
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void mariadbExpandContractRenamesAColumnWhileTheOldNameIsStillWritten(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = withItems(project(db), db);
        p.schema(ITEMS.replace("status VARCHAR(20)", "state VARCHAR(20)"));

        CliRun generate = p.run("generate", "rename_status", "--rename", "items.status=state", "--expand-contract");
        ok(generate);
        assertThat(p.migrationCount()).isEqualTo(3);
        assertThat(generate.err()).contains("note: items.status → state: between the expand and the contract");
        String expand = p.migration("rename_status_expand");
        String contract = p.migration("rename_status_contract");
        assertThat(expand).contains("-- shale:no-transaction", "ADD COLUMN `state` varchar(20) AFTER `status`",
                "BEFORE INSERT ON `items` FOR EACH ROW SET NEW.`status` = IF(NEW.`status` IS NULL, NEW.`state`, NEW.`status`)",
                "BEFORE UPDATE ON `items` FOR EACH ROW SET NEW.`state` = IF(NEW.`status` <=> OLD.`status`",
                "SET `state` = `status` WHERE NOT (`state` <=> `status`) LIMIT 1000", "CALL `shale_copy_items_state`()")
                .doesNotContain("RENAME");
        assertThat(contract.substring(0, contract.indexOf("-- shale:down")))
                .contains("DROP TRIGGER `items_state_sync_insert`", "DROP TRIGGER `items_state_sync_update`",
                        "DROP COLUMN `status`");
        CliRun verify = p.run("verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();

        ConcurrentWriter oldRelease = new ConcurrentWriter(db,
                "SET SESSION innodb_lock_wait_timeout = 1, lock_wait_timeout = 1",
                List.of("INSERT INTO items (id, n, status) VALUES (%d, 1, 'old insert')",
                        "UPDATE items SET status = 'old update' WHERE id = %d % 3000 + 1"));
        CliRun expanded;
        try {
            Thread.sleep(200);
            expanded = p.run("migrate", "--target", version(p, "rename_status_expand"));
            Thread.sleep(300);
        } finally {
            oldRelease.close();
        }
        ok(expanded);
        assertThat(oldRelease.writes()).isGreaterThan(10);
        assertThat(oldRelease.failures()).isEmpty();
        assertThat(oldRelease.maxMillis()).isLessThan(WRITER_LOCK_TIMEOUT_MILLIS);
        assertThat(db.queryValue("SELECT count(*) FROM items WHERE NOT (state <=> status)")).isEqualTo("0");
        assertThat(db.queryValue("SELECT count(*) FROM items WHERE state = 'old update'")).isNotEqualTo("0");
        db.execute("INSERT INTO items (id, n, state) VALUES (5000, 1, 'new insert')");
        assertThat(db.queryValue("SELECT status FROM items WHERE id = 5000")).isEqualTo("new insert");
        db.execute("UPDATE items SET state = 'new update' WHERE id = 5000");
        assertThat(db.queryValue("SELECT status FROM items WHERE id = 5000")).isEqualTo("new update");

        ok(p.run("migrate"));
        assertThat(db.queryValue("SELECT state FROM items WHERE id = 5000")).isEqualTo("new update");
        CliRun diff = p.run("diff", "dev", "schema");
        assertThat(diff.exitCode()).as(diff.out() + diff.err()).isZero();
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void mariadbExpandContractRefusesAnIndexedColumn(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = withItems(project(db), db);
        p.schema(ITEMS.replace("parent_id", "parent"));
        CliRun run = p.run("generate", "rename_parent", "--rename", "items.parent_id=parent", "--expand-contract");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: --expand-contract cannot carry over items.parent_id: a key, index, "
                + "constraint or view uses it", "hint:");
        assertThat(p.migrationCount()).isEqualTo(1);
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void expandContractSaysWhereItIsNotImplemented(TestDatabase db) throws Exception {
        SchemaAsCodeProject p = withItems(project(db), db);
        p.schema(ITEMS.replace("status VARCHAR(20)", "state VARCHAR(20)"));
        CliRun run = p.run("generate", "rename_status", "--rename", "items.status=state", "--expand-contract");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: --expand-contract is not implemented for sqlite", "hint:");
        assertThat(p.migrationCount()).isEqualTo(1);
    }

    private static String version(SchemaAsCodeProject p, String name) throws IOException {
        String file = file(p, name);
        return file.substring("migrations/".length(), file.indexOf('_'));
    }

    private static String file(SchemaAsCodeProject p, String name) throws IOException {
        try (var files = Files.list(p.dir.resolve("migrations"))) {
            return "migrations/" + files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith("_" + name + ".sql")).findFirst().orElseThrow();
        }
    }
}
