package dev.shale.migrate.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first line of a statement that statement events carry. */
class StatementHeadTest {

    @Test
    void isTheFirstLineOfTheStatementWithoutSurroundingBlanks() {
        assertThat(ExecutionEvents.statementHead("CREATE TABLE a (id INTEGER)")).isEqualTo("CREATE TABLE a (id INTEGER)");
        assertThat(ExecutionEvents.statementHead("\n  CREATE TABLE a (\n  id INTEGER\n)\n")).isEqualTo("CREATE TABLE a (");
        assertThat(ExecutionEvents.statementHead("UPDATE a SET x = 1\r\nWHERE id = 2")).isEqualTo("UPDATE a SET x = 1");
        assertThat(ExecutionEvents.statementHead("DROP TABLE b\rCASCADE")).isEqualTo("DROP TABLE b");
        assertThat(ExecutionEvents.statementHead("  \n ")).isEmpty();
    }
}
