package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads every view in one query on information_schema.VIEWS. The server stores the definition
 * with every name qualified by the current database ({@code `app`.`t`.`id`}); that qualifier
 * is removed so the definition means the same in any database and the rendered schema can be
 * applied elsewhere. A CHECK OPTION is kept at the end of the definition
 * ({@code … WITH CASCADED CHECK OPTION}), the place it takes in CREATE VIEW. DEFINER, SQL
 * SECURITY and ALGORITHM are not modelled.
 */
final class MysqlViewReader {
    private final MysqlServer server;
    private final UnaryOperator<String> quote;

    MysqlViewReader(MysqlServer server, UnaryOperator<String> quote) {
        this.server = server;
        this.quote = quote;
    }

    List<View> read(CatalogReader catalog) throws SQLException {
        String qualifier = quote.apply(server.database()) + ".";
        return catalog.query("""
                SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION
                  FROM information_schema.VIEWS
                 WHERE TABLE_SCHEMA = DATABASE()""", row -> {
            String definition = row.getString(2).replace(qualifier, "");
            String checkOption = row.getString(3);
            if (checkOption != null && !checkOption.equals("NONE")) {
                definition = definition + " WITH " + checkOption + " CHECK OPTION";
            }
            return new View(QualifiedName.of(row.getString(1)), definition, false, null);
        });
    }
}
