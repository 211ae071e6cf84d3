package dev.shale.dialect.postgres;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises column default expressions as {@code pg_get_expr} prints them.
 *
 * <p>PostgreSQL stores a literal default coerced to the column's type, so {@code DEFAULT 'en'}
 * on a {@code varchar(10)} column reads back as {@code 'en'::character varying} and
 * {@code DEFAULT -1} on an integer column as {@code '-1'::integer}. The cast adds nothing the
 * column type does not already say, so it is taken off ({@code 'en'}, {@code -1}); rendering
 * the short form stores the same catalog expression again. Everything else (function calls
 * such as {@code now()}, SQL value functions such as {@code CURRENT_TIMESTAMP}, casts to another
 * type, operators) is kept exactly as the catalog deparses it: {@code now()} and
 * {@code CURRENT_TIMESTAMP} stay distinct because PostgreSQL keeps them distinct and
 * {@code pg_dump} prints them differently.
 */
final class PostgresDefaults {
    // A string literal (optionally E'' escaped) followed by one cast: 'x'::type
    private static final Pattern CAST_LITERAL = Pattern.compile("^(E?'(?:[^']|'')*')::(.+)$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");

    private PostgresDefaults() {
    }

    /**
     * @param expression the default as {@code pg_get_expr} returns it, or null
     * @param columnType the column's type as {@code format_type} returns it
     */
    static String normalise(String expression, String columnType) {
        if (expression == null) {
            return null;
        }
        String trimmed = expression.trim();
        Matcher cast = CAST_LITERAL.matcher(trimmed);
        if (!cast.matches() || !castsToColumnType(cast.group(2), columnType)) {
            return trimmed;
        }
        String literal = cast.group(1);
        String unquoted = literal.startsWith("'") ? literal.substring(1, literal.length() - 1) : null;
        boolean numericColumn = NUMERIC_TYPES.contains(withoutModifiers(columnType));
        if (unquoted != null && numericColumn && NUMBER.matcher(unquoted).matches()) {
            return unquoted;
        }
        return literal;
    }

    /** The cast is redundant when it names the column's type, with or without the type modifiers. */
    private static boolean castsToColumnType(String castType, String columnType) {
        String cast = castType.trim();
        // A character(n) default deparses with a cast to bpchar, the type's internal name.
        boolean blankPadded = cast.equals("bpchar") && withoutModifiers(columnType).equals("character");
        return blankPadded || cast.equals(columnType) || cast.equals(withoutModifiers(columnType));
    }

    /** {@code character varying(10)} → {@code character varying}; {@code numeric(5,2)[]} → {@code numeric[]}. */
    static String withoutModifiers(String type) {
        return type.replaceFirst("\\([0-9, ]+\\)", "");
    }
}
