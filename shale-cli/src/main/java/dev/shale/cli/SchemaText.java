package dev.shale.cli;

import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.Table;
import dev.shale.model.UnmanagedObject;
import java.util.List;
import java.util.stream.Collectors;

/** A schema as people read it, one block per table, in the spirit of psql's {@code \d}. */
final class SchemaText {
    private SchemaText() {
    }

    static String render(DatabaseSchema schema) {
        StringBuilder text = new StringBuilder();
        for (Table table : schema.tables()) {
            renderTable(table, text);
        }
        schema.views().forEach(v -> text.append(v.materialized() ? "Materialized view " : "View ")
                .append(v.name()).append("\n  ").append(v.definition().strip().replace("\n", "\n  ")).append("\n\n"));
        schema.enums().forEach(e -> text.append("Enum ").append(e.name()).append(": ")
                .append(String.join(", ", e.values())).append("\n"));
        schema.sequences().forEach(s -> text.append("Sequence ").append(s.name()).append(": ").append(s.dataType())
                .append(" start ").append(s.start()).append(" increment ").append(s.increment()).append("\n"));
        if (!schema.unmanaged().isEmpty()) {
            text.append("\nNot managed by Shale:\n");
            schema.unmanaged().forEach(u -> text.append("  ").append(describe(u)).append("\n"));
        }
        return text.toString();
    }

    static String describe(UnmanagedObject object) {
        return object.kind() + " " + object.name() + (object.table() == null ? "" : " on " + object.table());
    }

    private static void renderTable(Table table, StringBuilder text) {
        text.append("Table ").append(table.name());
        if (!table.options().isEmpty()) {
            text.append("  (").append(table.options().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append(")");
        }
        text.append('\n');
        if (table.comment() != null) {
            text.append("  -- ").append(table.comment()).append('\n');
        }
        int width = table.columns().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        int typeWidth = table.columns().stream().mapToInt(c -> c.type().length()).max().orElse(0);
        for (Column column : table.columns()) {
            text.append(String.format("  %-" + width + "s  %-" + typeWidth + "s  %s",
                    column.name(), column.type(), columnDetails(column)).stripTrailing()).append('\n');
        }
        if (table.primaryKey() != null) {
            text.append("  primary key ").append(name(table.primaryKey().name()))
                    .append("(").append(String.join(", ", table.primaryKey().columns())).append(")\n");
        }
        table.uniques().forEach(u -> text.append("  unique ").append(name(u.name()))
                .append("(").append(String.join(", ", u.columns())).append(")\n"));
        table.foreignKeys().forEach(fk -> text.append("  foreign key ").append(foreignKey(fk)).append('\n'));
        table.checks().forEach(c -> text.append("  check ").append(name(c.name())).append(c.expression()).append('\n'));
        table.indexes().forEach(i -> text.append("  index ").append(index(i)).append('\n'));
        text.append('\n');
    }

    private static String columnDetails(Column column) {
        StringBuilder details = new StringBuilder(column.nullable() ? "null" : "not null");
        if (column.defaultValue() != null) {
            details.append(", default ").append(column.defaultValue());
        }
        if (column.identity() != null) {
            details.append(", ").append(column.identity().kind().name().toLowerCase().replace('_', ' '));
        }
        if (column.generated() != null) {
            details.append(", generated ").append(column.generated().stored() ? "stored " : "virtual ")
                    .append(column.generated().expression());
        }
        if (column.collation() != null) {
            details.append(", collate ").append(column.collation());
        }
        if (column.comment() != null) {
            details.append("  -- ").append(column.comment());
        }
        return details.toString();
    }

    private static String foreignKey(ForeignKey fk) {
        String actions = (fk.onDelete() == ForeignKey.Action.NO_ACTION ? "" : " on delete " + fk.onDelete().sql().toLowerCase())
                + (fk.onUpdate() == ForeignKey.Action.NO_ACTION ? "" : " on update " + fk.onUpdate().sql().toLowerCase())
                + (fk.deferrable() == ForeignKey.Deferrable.NOT_DEFERRABLE ? ""
                        : " " + fk.deferrable().name().toLowerCase().replace('_', ' '));
        return name(fk.name()) + "(" + String.join(", ", fk.columns()) + ") -> " + fk.referencedTable()
                + "(" + String.join(", ", fk.referencedColumns()) + ")" + actions;
    }

    private static String index(Index index) {
        List<String> keys = index.keys().stream().map(k -> (k.column() != null ? k.column() : "(" + k.expression() + ")")
                + (k.prefixLength() == null ? "" : "(" + k.prefixLength() + ")") + (k.descending() ? " desc" : "")).toList();
        return name(index.name()) + (index.unique() ? "unique " : "") + ("btree".equals(index.method()) ? "" : index.method() + " ")
                + "(" + String.join(", ", keys) + ")"
                + (index.include().isEmpty() ? "" : " include (" + String.join(", ", index.include()) + ")")
                + (index.where() == null ? "" : " where " + index.where());
    }

    private static String name(String name) {
        return name == null ? "" : name + " ";
    }
}
