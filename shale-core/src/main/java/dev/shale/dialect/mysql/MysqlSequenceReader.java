package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads MariaDB sequences. Before MariaDB 11.5 no catalog table holds their settings; each
 * sequence is a one-row table of them (https://mariadb.com/kb/en/sequence-overview/), so all
 * of them are read in one UNION ALL query: one round trip however many sequences there are.
 * The value type is bigint (AS &lt;type&gt; needs MariaDB 11.5).
 */
final class MysqlSequenceReader {
    private final UnaryOperator<String> quote;

    MysqlSequenceReader(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    List<Sequence> read(CatalogReader catalog, List<String> names) throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        String sql = names.stream().map(this::select).collect(Collectors.joining("\nUNION ALL\n"));
        Object[] parameters = names.toArray();
        return catalog.query(sql, row -> new Sequence(QualifiedName.of(row.getString(1)), "bigint",
                row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6),
                row.getLong(7) != 0), parameters);
    }

    private String select(String name) {
        return "SELECT ?, start_value, increment, minimum_value, maximum_value, cache_size, cycle_option FROM "
                + quote.apply(name);
    }
}
