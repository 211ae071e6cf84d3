package dev.shale.dialect.mysql;

import dev.shale.codegen.JavaType;
import dev.shale.codegen.JavaTypeMapper;
import dev.shale.model.EnumType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MySQL/MariaDB column types in Java, as Connector/J and the MariaDB driver return them:
 * {@code tinyint(1)} is a boolean (the drivers' {@code tinyInt1isBit}), unsigned integers take
 * the next wider type, {@code bigint unsigned} a {@code BigInteger}, and an inline
 * {@code enum('a','b')} becomes a Java enum. The {@code on update …} and {@code invisible}
 * attributes that the model keeps after the type do not change the Java type.
 */
final class MysqlJavaTypes implements JavaTypeMapper {
    private static final Map<String, JavaType> TYPES = Map.ofEntries(
            Map.entry("tinyint", JavaType.BYTE), Map.entry("smallint", JavaType.SHORT),
            Map.entry("mediumint", JavaType.INT), Map.entry("int", JavaType.INT), Map.entry("bigint", JavaType.LONG),
            Map.entry("decimal", JavaType.DECIMAL), Map.entry("float", JavaType.FLOAT),
            Map.entry("double", JavaType.DOUBLE), Map.entry("year", JavaType.SHORT),
            Map.entry("char", JavaType.STRING), Map.entry("varchar", JavaType.STRING),
            Map.entry("tinytext", JavaType.STRING), Map.entry("text", JavaType.STRING),
            Map.entry("mediumtext", JavaType.STRING), Map.entry("longtext", JavaType.STRING),
            Map.entry("json", JavaType.STRING), Map.entry("set", JavaType.STRING),
            Map.entry("binary", JavaType.BYTES), Map.entry("varbinary", JavaType.BYTES),
            Map.entry("tinyblob", JavaType.BYTES), Map.entry("blob", JavaType.BYTES),
            Map.entry("mediumblob", JavaType.BYTES), Map.entry("longblob", JavaType.BYTES),
            Map.entry("date", JavaType.LOCAL_DATE), Map.entry("time", JavaType.LOCAL_TIME),
            Map.entry("datetime", JavaType.LOCAL_DATE_TIME), Map.entry("timestamp", JavaType.LOCAL_DATE_TIME),
            Map.entry("uuid", JavaType.UUID));
    // The next wider type holds every unsigned value.
    private static final Map<String, JavaType> UNSIGNED = Map.of("tinyint", JavaType.SHORT,
            "smallint", JavaType.INT, "mediumint", JavaType.INT, "int", JavaType.LONG, "bigint", JavaType.BIG_INTEGER);

    @Override
    public JavaType map(String columnType, List<EnumType> enums) {
        if (columnType.startsWith("enum(")) {
            return new JavaType.InlineEnum(enumValues(columnType));
        }
        if (columnType.startsWith("tinyint(1)") || columnType.startsWith("bit(1)")) {
            return JavaType.BOOLEAN;
        }
        int end = 0;
        while (end < columnType.length() && Character.isLetter(columnType.charAt(end))) {
            end++;
        }
        String base = columnType.substring(0, end);
        boolean unsigned = columnType.replaceAll(" on update .*$", "").contains(" unsigned");
        JavaType type = unsigned && UNSIGNED.containsKey(base) ? UNSIGNED.get(base) : TYPES.get(base);
        return type != null ? type : new JavaType.Unmapped(columnType);
    }

    /** The values of {@code enum('a','it''s')}: quoted, with quotes doubled inside. */
    private static List<String> enumValues(String columnType) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = "enum(".length(); i < columnType.length(); i++) {
            char c = columnType.charAt(i);
            if (quoted && c == '\'' && i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else if (c == '\'') {
                quoted = !quoted;
                if (!quoted) {
                    values.add(value.toString());
                    value.setLength(0);
                }
            } else if (quoted) {
                value.append(c);
            } else if (c == ')') {
                break;
            }
        }
        return values;
    }
}
