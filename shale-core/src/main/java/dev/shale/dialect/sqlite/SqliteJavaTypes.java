package dev.shale.dialect.sqlite;

import dev.shale.codegen.JavaType;
import dev.shale.codegen.JavaTypeMapper;
import dev.shale.model.EnumType;
import java.util.List;
import java.util.Map;

/**
 * SQLite declared types in Java. A few declared names say more than their affinity and are
 * looked up first ({@code BOOLEAN}, {@code DATE}, {@code DATETIME}, {@code DECIMAL}, …); the
 * rest follow SQLite's own affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity):
 * {@code INT} anywhere → a 64-bit integer, {@code CHAR}/{@code CLOB}/{@code TEXT} → text,
 * {@code BLOB} → bytes, {@code REAL}/{@code FLOA}/{@code DOUB} → double. A column without a
 * declared type holds anything and is left unmapped.
 */
final class SqliteJavaTypes implements JavaTypeMapper {
    private static final Map<String, JavaType> NAMED = Map.ofEntries(
            Map.entry("BOOLEAN", JavaType.BOOLEAN), Map.entry("BOOL", JavaType.BOOLEAN),
            Map.entry("DATE", JavaType.LOCAL_DATE), Map.entry("TIME", JavaType.LOCAL_TIME),
            Map.entry("DATETIME", JavaType.LOCAL_DATE_TIME), Map.entry("TIMESTAMP", JavaType.LOCAL_DATE_TIME),
            Map.entry("DECIMAL", JavaType.DECIMAL), Map.entry("NUMERIC", JavaType.DECIMAL),
            Map.entry("JSON", JavaType.STRING), Map.entry("UUID", JavaType.STRING));

    @Override
    public JavaType map(String columnType, List<EnumType> enums) {
        int paren = columnType.indexOf('(');
        String base = (paren < 0 ? columnType : columnType.substring(0, paren)).trim();
        if (NAMED.containsKey(base)) {
            return NAMED.get(base);
        }
        if (base.contains("INT")) {
            return JavaType.LONG;
        }
        if (base.contains("CHAR") || base.contains("CLOB") || base.contains("TEXT")) {
            return JavaType.STRING;
        }
        if (base.contains("BLOB")) {
            return JavaType.BYTES;
        }
        if (base.contains("REAL") || base.contains("FLOA") || base.contains("DOUB")) {
            return JavaType.DOUBLE;
        }
        return new JavaType.Unmapped(columnType);
    }
}
