package dev.shale.dialect.postgres;

import dev.shale.codegen.JavaType;
import dev.shale.codegen.JavaTypeMapper;
import dev.shale.model.EnumType;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL column types in Java, as the JDBC driver returns them
 * (https://jdbc.postgresql.org/documentation/query/#using-java-8-date-and-time-classes):
 * the {@code format_type} spelling without its modifiers ({@code numeric(10,2)} →
 * {@code numeric}) is looked up; {@code T[]} is a list of {@code T}; a qualified name of one
 * of the schema's enum types is that enum.
 */
final class PostgresJavaTypes implements JavaTypeMapper {
    private static final Map<String, JavaType> TYPES = Map.ofEntries(
            Map.entry("smallint", JavaType.SHORT), Map.entry("integer", JavaType.INT),
            Map.entry("bigint", JavaType.LONG), Map.entry("real", JavaType.FLOAT),
            Map.entry("double precision", JavaType.DOUBLE), Map.entry("numeric", JavaType.DECIMAL),
            Map.entry("boolean", JavaType.BOOLEAN),
            Map.entry("text", JavaType.STRING), Map.entry("character varying", JavaType.STRING),
            Map.entry("character", JavaType.STRING), Map.entry("\"char\"", JavaType.STRING),
            Map.entry("name", JavaType.STRING), Map.entry("citext", JavaType.STRING),
            Map.entry("json", JavaType.STRING), Map.entry("jsonb", JavaType.STRING),
            Map.entry("bytea", JavaType.BYTES), Map.entry("uuid", JavaType.UUID),
            Map.entry("date", JavaType.LOCAL_DATE),
            Map.entry("time without time zone", JavaType.LOCAL_TIME),
            Map.entry("time with time zone", JavaType.OFFSET_TIME),
            Map.entry("timestamp without time zone", JavaType.LOCAL_DATE_TIME),
            Map.entry("timestamp with time zone", JavaType.OFFSET_DATE_TIME));

    @Override
    public JavaType map(String columnType, List<EnumType> enums) {
        if (columnType.endsWith("[]")) {
            return new JavaType.ListOf(map(columnType.substring(0, columnType.length() - 2), enums));
        }
        List<String> parts = PostgresNames.identifierChain(columnType);
        for (EnumType type : enums) {
            if (parts.size() == 2 && parts.get(0).equals(type.name().schema()) && parts.get(1).equals(type.name().name())) {
                return new JavaType.NamedEnum(type.name());
            }
        }
        // Modifiers are a length, precision or scale: they do not change the Java type.
        String base = columnType.replaceAll("\\(\\s*[0-9, ]+\\)", "").replaceAll("\\s+", " ").trim();
        JavaType type = TYPES.get(base);
        return type != null ? type : new JavaType.Unmapped(columnType);
    }
}
