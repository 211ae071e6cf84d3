package dev.shale.compare;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.stream.Collectors;

/** Short, database-neutral definitions of schema objects as a comparison shows them side by side. */
final class Definitions {
    private Definitions() {
    }

    static String column(Column c) {
        StringBuilder out = new StringBuilder(c.type());
        out.append(c.nullable() ? " NULL" : " NOT NULL");
        if (c.defaultValue() != null) {
            out.append(" DEFAULT ").append(c.defaultValue());
        }
        if (c.identity() != null) {
            out.append(" IDENTITY");
        }
        if (c.generated() != null) {
            out.append(" GENERATED AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : "");
        }
        return out.toString();
    }

    static String table(Table t) {
        return "table with " + t.columns().size() + (t.columns().size() == 1 ? " column" : " columns");
    }

    static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    static String index(Index i) {
        String keys = i.keys().stream().map(k -> (k.column() != null ? k.column() : k.expression())
                + (k.descending() ? " DESC" : "")).collect(Collectors.joining(", ", "(", ")"));
        return (i.unique() ? "UNIQUE " : "") + keys + (i.where() == null ? "" : " WHERE " + i.where());
    }

    static String unique(UniqueConstraint u) {
        return "UNIQUE " + columns(u.columns());
    }

    static String foreignKey(ForeignKey f) {
        return "FOREIGN KEY " + columns(f.columns()) + " REFERENCES " + f.referencedTable()
                + columns(f.referencedColumns());
    }

    static String check(CheckConstraint c) {
        return "CHECK (" + c.expression() + ")";
    }
}
