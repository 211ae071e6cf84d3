package dev.shale.migrate.execution;

import dev.shale.dialect.MigrationSupport;
import dev.shale.migrate.files.MigrationDirectoryException;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.SqlSection;
import dev.shale.migrate.sql.SqlStatement;
import dev.shale.migrate.sql.StatementSplitter;
import java.util.List;

/**
 * A section of a migration split into statements, and whether it runs in one transaction:
 * on databases with transactional DDL unless the file says {@code -- shale:no-transaction}.
 */
public record PreparedScript(MigrationScript script, SqlSection section, List<SqlStatement> statements,
                             boolean inTransaction) {

    /** Splits {@code section}; refuses statements that cannot run in the transaction it would run in. */
    public static PreparedScript of(MigrationScript script, SqlSection section, MigrationSupport support) {
        List<SqlStatement> statements = new StatementSplitter(support.splitterRules()).split(section);
        boolean inTransaction = support.transactionalDdl() && !script.noTransaction();
        if (inTransaction) {
            for (SqlStatement statement : statements) {
                support.mustRunOutsideTransaction(statement.sql()).ifPresent(what -> {
                    throw new MigrationDirectoryException(section.file().getFileName() + ":" + statement.line()
                            + ": " + what + " cannot run inside a transaction, and this migration runs in one",
                            "put it in a migration of its own that starts with the line '-- shale:no-transaction' "
                                    + "(its statements then run one by one, each committed at once)");
                });
            }
        }
        return new PreparedScript(script, section, statements, inTransaction);
    }

    /** Where statement {@code index} is, for messages: {@code 0003_add_index.sql:7}. */
    String location(int index) {
        return section.file().getFileName() + ":" + statements.get(index).line();
    }
}
