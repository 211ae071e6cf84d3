package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.dialect.SafetyFacts;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.time.Duration;
import java.util.Optional;

/**
 * DS901 on the real databases: a blocking lock with no lock timeout from the runner
 * (statement_lock_timeout = 0) nor from the migration is flagged; either bound satisfies it.
 */
class LockTimeoutRuleTest {
    private static final String TABLE = "CREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER)";
    private static final String ADD = "ALTER TABLE t ADD COLUMN n INTEGER;";

    private static LintProject withTable(TestDatabase db, String runnerTimeout) {
        return new LintProject(db).runnerLockTimeout(runnerTimeout).migration(TABLE + ";", "DROP TABLE t;");
    }

    private static String bound(TestDatabase db) {
        return db.kind() == TestDialect.POSTGRES ? "SET lock_timeout = '3s';" : "SET SESSION lock_wait_timeout = 3;";
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void anAlterWithoutAnyLockTimeoutIsFlagged(TestDatabase db) {
        MigrationLint lint = withTable(db, "0s").migration(ADD, "ALTER TABLE t DROP COLUMN n;").lintLast();
        assertThat(lint.findings()).filteredOn(f -> f.rule().id().equals("DS901")).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.severity()).isEqualTo(Severity.NEEDS_APPROVAL);
            assertThat(f.message()).contains("no lock timeout");
        });
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void aLockTimeoutSetInTheMigrationSatisfiesTheRule(TestDatabase db) {
        assertThat(withTable(db, "0s").migration(bound(db) + "\n" + ADD, "ALTER TABLE t DROP COLUMN n;").ruleIds())
                .doesNotContain("DS901");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void theRunnersStatementLockTimeoutSatisfiesTheRule(TestDatabase db) {
        assertThat(withTable(db, "2s").migration(ADD, "ALTER TABLE t DROP COLUMN n;").ruleIds())
                .doesNotContain("DS901");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aMigrationThatTurnsTheTimeoutOffIsFlaggedEvenWithTheRunnersBound(TestDatabase db) {
        assertThat(withTable(db, "2s").migration("SET lock_timeout = 0;\n" + ADD, "ALTER TABLE t DROP COLUMN n;")
                .ruleIds()).contains("DS901");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void aTableCreatedInTheSameMigrationHoldsNoTrafficSoNeedsNoTimeout(TestDatabase db) {
        assertThat(new LintProject(db).runnerLockTimeout("0s")
                .migration(TABLE + ";\n" + ADD, "DROP TABLE t;").ruleIds()).doesNotContain("DS901");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void sqliteHasNoLockTimeoutToSetSoTheRuleDoesNotApply(TestDatabase db) {
        assertThat(withTable(db, "0s").migration(ADD, "SELECT 1;").ruleIds()).doesNotContain("DS901");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void theDialectReadsTheBoundAStatementSets(TestDatabase db) {
        SafetyFacts facts = db.url().dialect().safety();
        if (db.kind() == TestDialect.POSTGRES) {
            assertThat(facts.lockWaitBound("SET LOCAL lock_timeout TO '2min'")).contains(Duration.ofMinutes(2));
            assertThat(facts.lockWaitBound("set lock_timeout = 1500")).contains(Duration.ofMillis(1500));
            assertThat(facts.lockWaitBound("SET lock_timeout = '250ms';")).contains(Duration.ofMillis(250));
            assertThat(facts.lockWaitBound("SET lock_timeout TO DEFAULT")).contains(Duration.ZERO);
            assertThat(facts.lockWaitBound("SET statement_timeout = '5s'")).isEqualTo(Optional.empty());
        } else {
            assertThat(facts.lockWaitBound("SET SESSION lock_wait_timeout = 10")).contains(Duration.ofSeconds(10));
            assertThat(facts.lockWaitBound("SET @@session.lock_wait_timeout = 7;")).contains(Duration.ofSeconds(7));
            assertThat(facts.lockWaitBound("SET innodb_lock_wait_timeout = 5")).isEqualTo(Optional.empty());
        }
    }
}
