package dev.shale.dialect.postgres;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells a PostgreSQL type the way {@code format_type()} does, so that every alias of a type
 * ({@code int4}, {@code int}, {@code varchar(10)}, {@code timestamptz}, {@code _int4}) compares
 * equal to the catalog's canonical form ({@code integer}, {@code character varying(10)},
 * {@code timestamp with time zone}, {@code integer[]}).
 *
 * <p>Canonical spellings are those of the {@code format_type} function:
 * https://www.postgresql.org/docs/current/datatype.html (table 8.1 lists the aliases).
 */
final class PostgresTypes {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char", "character"), Map.entry("character", "character"), Map.entry("bpchar", "character"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"));

    // name, optional (modifiers), optional time zone clause; array brackets are taken off first.
    private static final Pattern SHAPE = Pattern.compile(
            "([a-z_][a-z0-9_ ]*?)\\s*(\\(\\s*[0-9, ]+\\))?\\s*(with time zone|without time zone)?");
    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(\\s*\\[\\s*[0-9]*\\s*])+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A schema repeats a few type spellings over thousands of columns; each is worked out once. */
    private static final Map<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();

    private PostgresTypes() {
    }

    /**
     * The canonical spelling of {@code type}. Quoted or schema-qualified names (user types)
     * and spellings this class does not know are returned with whitespace tidied only.
     */
    static String canonical(String type) {
        String known = CANONICAL.get(type);
        if (known != null) {
            return known;
        }
        String canonical = canonicalOnce(type);
        if (CANONICAL.size() < 10_000) {
            // Bounded: a long-lived process inspecting many schemas must not grow without end.
            CANONICAL.put(type, canonical);
        }
        return canonical;
    }

    private static String canonicalOnce(String type) {
        String tidy = WHITESPACE.matcher(type.trim()).replaceAll(" ");
        Matcher array = ARRAY_SUFFIX.matcher(tidy);
        boolean isArray = array.find();
        String base = isArray ? tidy.substring(0, array.start()).trim() : tidy;
        if (base.startsWith("_") && !base.contains("\"")) {
            // The internal name of an array type is its element type with a leading underscore.
            base = base.substring(1);
            isArray = true;
        }
        return canonicalScalar(base) + (isArray ? "[]" : "");
    }

    private static String canonicalScalar(String base) {
        if (base.contains("\"") || base.contains(".")) {
            return base;
        }
        Matcher shape = SHAPE.matcher(base.toLowerCase(Locale.ROOT));
        if (!shape.matches()) {
            return base;
        }
        String name = shape.group(1).trim();
        String modifiers = shape.group(2) == null ? "" : shape.group(2).replace(" ", "");
        String zone = shape.group(3);
        if (name.equals("float")) {
            return floatType(modifiers);
        }
        if (name.equals("timestamp") || name.equals("time")) {
            return name + modifiers + " " + (zone == null ? "without time zone" : zone);
        }
        if (name.equals("timestamptz") || name.equals("timetz")) {
            return name.substring(0, name.length() - 2) + modifiers + " with time zone";
        }
        String canonical = ALIASES.getOrDefault(name, name);
        if (canonical.equals("character") && modifiers.isEmpty() && !name.equals("bpchar")) {
            // char without a length means char(1); bare bpchar is the unlimited blank-padded type.
            modifiers = "(1)";
        }
        if (name.equals("bpchar") && modifiers.isEmpty()) {
            return "bpchar";
        }
        return canonical + modifiers + (zone == null ? "" : " " + zone);
    }

    /** float(1) to float(24) is real, float(25) to float(53) and bare float are double precision. */
    private static String floatType(String modifiers) {
        if (modifiers.isEmpty()) {
            return "double precision";
        }
        int precision = Integer.parseInt(modifiers.substring(1, modifiers.length() - 1));
        return precision <= 24 ? "real" : "double precision";
    }
}
