package dev.shale.dialect.mysql;

import dev.shale.ShaleException;
import dev.shale.dialect.CatalogReader;
import dev.shale.dialect.SchemaInspector;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads the connection's current database (MySQL 8 or MariaDB) into the model with one
 * information_schema query per object kind, each filtered on {@code DATABASE()}: server,
 * tables, columns, indexes, foreign keys, checks, views, unmanaged objects, and on MariaDB
 * one more for the sequences when there are any (see {@link MysqlSequenceReader}). The query count does not depend on the
 * number of tables. Names are kept exactly as the catalog stores them.
 */
public final class MysqlInspector implements SchemaInspector {
    private final UnaryOperator<String> quote;

    /** @param quote the dialect's identifier quoting */
    public MysqlInspector(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    @Override
    public DatabaseSchema inspect(CatalogReader catalog, List<String> namespaces) throws SQLException {
        MysqlServer server = MysqlServer.read(catalog);
        requireCurrentDatabase(server, namespaces);
        List<MysqlTableReader.TableRow> relations = new MysqlTableReader().read(catalog);
        Map<String, MysqlTableReader.TableRow> tables = new LinkedHashMap<>();
        Map<String, String> collations = new LinkedHashMap<>();
        for (MysqlTableReader.TableRow row : relations) {
            if (row.isTable()) {
                tables.put(row.name(), row);
                collations.put(row.name(), row.collation());
            }
        }
        Map<String, List<Column>> columns = new MysqlColumnReader(server, quote).read(catalog, collations);
        Map<String, MysqlIndexReader.TableKeys> keys = new MysqlIndexReader(server).read(catalog);
        var foreignKeys = new MysqlForeignKeyReader(server).read(catalog);
        Map<String, List<CheckConstraint>> checks = new MysqlCheckReader(server).read(catalog);
        List<View> views = new MysqlViewReader(server, quote).read(catalog);
        List<String> sequenceNames = relations.stream().filter(MysqlTableReader.TableRow::isSequence)
                .map(MysqlTableReader.TableRow::name).toList();
        var sequences = server.hasSequences() ? new MysqlSequenceReader(quote).read(catalog, sequenceNames)
                : List.<dev.shale.model.Sequence>of();
        MysqlJsonColumns json = new MysqlJsonColumns(quote);
        List<Table> modelled = tables.values().stream().map(row -> {
            MysqlIndexReader.TableKeys k = keys.getOrDefault(row.name(), MysqlIndexReader.TableKeys.NONE);
            MysqlJsonColumns.Result parts = json.apply(columns.getOrDefault(row.name(), List.of()),
                    checks.getOrDefault(row.name(), List.of()));
            return new Table(QualifiedName.of(row.name()), parts.columns(), k.primaryKey(), k.uniques(),
                    foreignKeys.getOrDefault(row.name(), List.of()), parts.checks(), k.indexes(),
                    row.commentOrNull(), row.options());
        }).toList();
        return new DatabaseSchema("mysql", List.of(), modelled, views, List.of(), sequences,
                new MysqlUnmanagedReader().read(catalog));
    }

    /** A MySQL connection works in one database; the only namespace it can inspect is that one. */
    private static void requireCurrentDatabase(MysqlServer server, List<String> namespaces) {
        if (server.database() == null) {
            throw ShaleException.usage("the MySQL/MariaDB URL names no database",
                    "add the database to the URL, e.g. mysql://user@host:3306/app");
        }
        for (String namespace : namespaces) {
            if (!namespace.equals(server.database())) {
                throw ShaleException.usage("cannot inspect database '" + namespace + "' through a connection to '"
                        + server.database() + "'", "point the URL at database '" + namespace + "' instead");
            }
        }
    }
}
