package dev.shale.dialect.postgres;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How ALTER COLUMN … TYPE converts existing values, and whether it rewrites the table.
 *
 * <p>Without USING, PostgreSQL converts with an assignment cast: there is one into every string
 * type, and among the numeric and the date/time types; any other change needs
 * {@code USING col::newtype}. A USING clause always rewrites the table (even when the cast is
 * binary-coercible), so it is written only where needed. Booleans and numbers meet through
 * integer, the one cast between them; other types without a direct cast to the target (enums,
 * …) convert through their text form.
 * https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DATA-TYPE
 */
final class TypeConversion {
    private static final Pattern STRING = Pattern.compile(
            "^(text|character varying(\\(\\d+\\))?|character(\\(\\d+\\))?|\"char\"|name|citext)$");
    private static final Set<String> NUMERIC = Set.of("smallint", "integer", "bigint", "real", "double precision");
    private static final Pattern NUMERIC_MODIFIED = Pattern.compile("^numeric(\\(\\d+(,\\d+)?\\))?$");
    private static final Pattern DATETIME = Pattern.compile("^(date|timestamp(\\(\\d\\))? with(out)? time zone)$");
    private static final Pattern VARCHAR = Pattern.compile("^character varying(?:\\((\\d+)\\))?$");

    private TypeConversion() {
    }

    /** The USING expression for {@code quotedColumn}, or null when an assignment cast does it. */
    static String using(String quotedColumn, String from, String to) {
        if (isString(to) || numeric(from) && numeric(to) || datetime(from) && datetime(to)) {
            return null;
        }
        if (isString(from)) {
            return quotedColumn + "::" + to;
        }
        // Booleans cast to and from integer only (pg_cast); other numbers go through integer.
        if (from.equals("boolean") && numeric(to)) {
            return quotedColumn + "::integer" + (to.equals("integer") ? "" : "::" + to);
        }
        if (numeric(from) && to.equals("boolean")) {
            return quotedColumn + (from.equals("integer") ? "" : "::integer") + "::boolean";
        }
        return quotedColumn + "::text::" + to;
    }

    /**
     * True unless the change is known to keep the stored bytes: a varchar that grows or
     * becomes unbounded, or a varchar that becomes text.
     */
    static boolean rewrites(String from, String to) {
        var source = VARCHAR.matcher(from);
        if (!source.matches() || !(to.equals("text") || VARCHAR.matcher(to).matches())) {
            return true;
        }
        var target = VARCHAR.matcher(to);
        if (to.equals("text") || target.matches() && target.group(1) == null) {
            return false;
        }
        return source.group(1) == null || Integer.parseInt(target.group(1)) < Integer.parseInt(source.group(1));
    }

    static boolean isString(String type) {
        return STRING.matcher(type).matches();
    }

    private static boolean numeric(String type) {
        return NUMERIC.contains(type) || NUMERIC_MODIFIED.matcher(type).matches();
    }

    private static boolean datetime(String type) {
        return DATETIME.matcher(type).matches();
    }
}
