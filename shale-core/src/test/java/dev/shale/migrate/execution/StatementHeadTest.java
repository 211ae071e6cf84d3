package dev.shale.migrate.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first line of a statement that statement events carry. */
class StatementHeadTest {

    @Test
    void isTheFirstLineOfTheStatementWithoutSurroundingBlanks() {
        assertThat(ScriptExecutor.statementHead("CREATE TABLE a (id INTEGER)")).isEqualTo("CREATE TABLE a (id INTEGER)");
        assertThat(ScriptExecutor.statementHead("\n  CREATE TABLE a (\n  id INTEGER\n)\n")).isEqualTo("CREATE TABLE a (");
        assertThat(ScriptExecutor.statementHead("UPDATE a SET x = 1\r\nWHERE id = 2")).isEqualTo("UPDATE a SET x = 1");
        assertThat(ScriptExecutor.statementHead("DROP TABLE b\rCASCADE")).isEqualTo("DROP TABLE b");
        assertThat(ScriptExecutor.statementHead("  \n ")).isEmpty();
    }
}
