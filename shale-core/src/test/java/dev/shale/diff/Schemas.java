package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.List;
import java.util.TreeMap;

/** Small builders for model values in diff tests. */
final class Schemas {
    private Schemas() {
    }

    static DatabaseSchema schema(List<Table> tables, List<View> views, List<EnumType> enums) {
        return new DatabaseSchema("postgresql", List.of(), tables, views, enums, List.of(), List.of());
    }

    static DatabaseSchema schema(Table... tables) {
        return schema(List.of(tables), List.of(), List.of());
    }

    static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }

    static Table table(String name, List<Column> columns, List<ForeignKey> fks, List<Index> indexes) {
        return new Table(name(name), columns, new PrimaryKey(name + "_pkey", List.of("id")), List.of(), fks,
                List.of(), indexes, null, new TreeMap<>());
    }

    static Table table(String name, Column... columns) {
        return table(name, List.of(columns), List.of(), List.of());
    }

    static Column column(String name, String type) {
        return Column.of(name, type, true);
    }

    static Column id() {
        return Column.of("id", "integer", false);
    }

    static ForeignKey fk(String name, String column, String target) {
        return new ForeignKey(name, List.of(column), name(target), List.of("id"), null, null, null);
    }

    static Index index(String name, String column) {
        return new Index(name, false, List.of(Index.Key.column(column)), null, null, List.of());
    }

    static View view(String name, String definition) {
        return new View(name(name), definition, false, null);
    }
}
