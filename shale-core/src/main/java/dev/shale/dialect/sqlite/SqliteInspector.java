package dev.shale.dialect.sqlite;

import dev.shale.ShaleException;
import dev.shale.dialect.CatalogReader;
import dev.shale.dialect.SchemaInspector;
import dev.shale.dialect.sqlite.SqliteCatalog.ColumnRow;
import dev.shale.dialect.sqlite.SqliteCatalog.ObjectRow;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UnmanagedObject;
import dev.shale.model.View;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads the main database of a SQLite connection into the model with four catalog queries
 * whatever its size (see {@link SqliteCatalog}). Internal {@code sqlite_*} tables are left out;
 * triggers and virtual tables are listed as unmanaged; SQLite has no enums, sequences or comments.
 */
final class SqliteInspector implements SchemaInspector {
    private final SqliteSqlText text;

    SqliteInspector(UnaryOperator<String> quote) {
        this.text = new SqliteSqlText(quote);
    }

    @Override
    public DatabaseSchema inspect(CatalogReader reader, List<String> namespaces) throws SQLException {
        if (!namespaces.isEmpty() && !namespaces.equals(List.of("main"))) {
            throw ShaleException.usage("SQLite inspection reads the main database only, not " + namespaces,
                    "leave out the schemas to inspect on SQLite");
        }
        SqliteCatalog catalog = SqliteCatalog.read(reader);
        Map<String, String> indexes = new HashMap<>();
        catalog.objects().stream().filter(o -> o.type().equals("index") && o.sql() != null)
                .forEach(o -> indexes.put(o.name(), o.sql()));
        SqliteTableReader tableReader = new SqliteTableReader(text, catalog);
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        List<UnmanagedObject> unmanaged = new ArrayList<>();
        SqliteViewReader viewReader = new SqliteViewReader(text, knownNames(catalog));
        for (ObjectRow object : catalog.objects()) {
            QualifiedName name = QualifiedName.of(object.name());
            if (object.type().equals("trigger")) {
                unmanaged.add(new UnmanagedObject("trigger", name, QualifiedName.of(object.tableName())));
            } else if (object.type().equals("view")) {
                views.add(viewReader.read(object.name(), object.sql()));
            } else if (object.type().equals("table") && "virtual".equals(object.kind())) {
                unmanaged.add(new UnmanagedObject("virtual table", name, null));
            } else if (object.type().equals("table") && !"shadow".equals(object.kind())) {
                // Shadow tables hold a virtual table's data and come and go with it.
                tables.add(tableReader.read(object, indexes));
            }
        }
        return new DatabaseSchema("sqlite", List.of(), tables, views, List.of(), List.of(), unmanaged);
    }

    private static List<String> knownNames(SqliteCatalog catalog) {
        List<String> names = new ArrayList<>();
        catalog.objects().forEach(o -> names.add(o.name()));
        catalog.columns().values().forEach(rows -> rows.stream().map(ColumnRow::name).forEach(names::add));
        return names;
    }
}
