package dev.shale.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything Shale manages in one database, normalised by the dialect that read it, so that
 * two equal schemas are equal values whatever produced them (a live database, schema files
 * run on a dev database, a replayed migration directory). Every list is kept in a
 * deterministic order.
 *
 * @param dialect    id of the dialect that produced the model ({@code postgresql}, {@code mysql}, {@code sqlite})
 * @param namespaces the schemas that were inspected (PostgreSQL); empty where there is one namespace
 * @param unmanaged  objects found but not modelled yet (functions, triggers, policies,
 *                   extensions): reported, never silently dropped
 */
public record DatabaseSchema(String dialect, List<String> namespaces, List<Table> tables, List<View> views,
                             List<EnumType> enums, List<Sequence> sequences, List<UnmanagedObject> unmanaged) {

    public DatabaseSchema {
        namespaces = Ordering.sorted(namespaces, n -> n);
        tables = Ordering.sorted(tables, Table::name);
        views = Ordering.sorted(views, View::name);
        enums = Ordering.sorted(enums, EnumType::name);
        sequences = Ordering.sorted(sequences, Sequence::name);
        unmanaged = Ordering.sorted(unmanaged, UnmanagedObject::sortKey);
    }

    public static DatabaseSchema empty(String dialect) {
        return new DatabaseSchema(dialect, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<View> view(QualifiedName name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
