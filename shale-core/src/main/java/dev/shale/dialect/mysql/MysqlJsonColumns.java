package dev.shale.dialect.mysql;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Gives MariaDB's JSON columns back their type. MariaDB's JSON is an alias of LONGTEXT with
 * collation utf8mb4_bin and a column check {@code json_valid(`c`)} named after the column
 * (https://mariadb.com/kb/en/json-data-type/); MySQL 8's is a native type. Both are modelled as
 * a {@code json} column without collation and without that check, and MariaDB recreates both
 * from {@code json}.
 */
final class MysqlJsonColumns {
    private final UnaryOperator<String> quote;

    MysqlJsonColumns(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    /** The table's columns and checks with JSON columns restored. */
    record Result(List<Column> columns, List<CheckConstraint> checks) {
    }

    Result apply(List<Column> columns, List<CheckConstraint> checks) {
        Set<String> json = checks.stream().filter(check -> isJsonCheck(check, columns))
                .map(CheckConstraint::name).collect(Collectors.toSet());
        if (json.isEmpty()) {
            return new Result(columns, checks);
        }
        List<Column> restored = new ArrayList<>();
        for (Column c : columns) {
            restored.add(json.contains(c.name()) ? new Column(c.name(), "json", c.nullable(), c.defaultValue(),
                    c.identity(), c.generated(), null, c.comment()) : c);
        }
        List<CheckConstraint> kept = checks.stream().filter(check -> !json.contains(check.name())).toList();
        return new Result(restored, kept);
    }

    private boolean isJsonCheck(CheckConstraint check, List<Column> columns) {
        return columns.stream().anyMatch(c -> c.name().equals(check.name()) && c.type().equals("longtext")
                && check.expression().equals("json_valid(" + quote.apply(c.name()) + ")"));
    }
}
