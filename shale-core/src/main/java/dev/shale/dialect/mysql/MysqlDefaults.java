package dev.shale.dialect.mysql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One canonical form for column defaults, whichever server reported them. MariaDB 10.2.7+
 * reports literals quoted ({@code 'abc'}), {@code NULL} as text and expressions as written
 * ({@code current_timestamp()}, {@code uuid()}); MySQL 8 reports literals unquoted
 * ({@code abc}), no default as SQL NULL, and marks expressions with
 * {@code DEFAULT_GENERATED} in EXTRA (https://mariadb.com/kb/en/information-schema-columns-table/,
 * https://dev.mysql.com/doc/refman/8.0/en/data-type-defaults.html). The canonical form:
 * <ul>
 *   <li>no default and {@code DEFAULT NULL} are both null;</li>
 *   <li>string and temporal literals single-quoted, a quote doubled, a backslash escaped:
 *       {@code 'it''s'}; numeric literals bare: {@code -1.50}; bit literals {@code b'101'};</li>
 *   <li>{@code CURRENT_TIMESTAMP}, {@code NOW()}, {@code LOCALTIMESTAMP} … on a temporal column
 *       as {@code current_timestamp()} or {@code current_timestamp(3)};</li>
 *   <li>any other expression in one pair of parentheses: {@code (uuid())}, {@code (1 + 2)},
 *       which is the form both servers accept back in DDL.</li>
 * </ul>
 */
final class MysqlDefaults {
    private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$");
    private static final Pattern QUOTED = Pattern.compile("^(?:[bBxX]|_\\w+)?'(?:[^'\\\\]|''|\\\\.)*'$", Pattern.DOTALL);
    private static final Pattern NOW = Pattern.compile(
            "^(?:current_timestamp|now|localtimestamp|localtime)\\s*(?:\\(\\s*(\\d*)\\s*\\))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_TYPE = Pattern.compile(
            "^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|year)\\b");

    private MysqlDefaults() {
    }

    /**
     * @param raw           COLUMNS.COLUMN_DEFAULT as reported
     * @param extra         COLUMNS.EXTRA (MySQL 8 says {@code DEFAULT_GENERATED} for expressions)
     * @param canonicalType the column type in {@link MysqlTypes} form
     */
    static String normalise(String raw, String extra, String canonicalType, boolean mariadb) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        if (isTemporal(canonicalType)) {
            String now = currentTimestamp(value);
            if (now != null) {
                return now;
            }
        }
        if (mariadb) {
            return mariadbForm(value);
        }
        boolean expression = extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED");
        if (expression) {
            return MysqlExpressions.wrap(value);
        }
        if (NUMERIC_TYPE.matcher(canonicalType).find() && NUMBER.matcher(value).matches()) {
            return value;
        }
        if (canonicalType.startsWith("bit") && QUOTED.matcher(value).matches()) {
            return value;
        }
        return MysqlExpressions.quoteString(raw);
    }

    /** {@code current_timestamp()} or {@code current_timestamp(n)} for any spelling of "now", else null. */
    static String currentTimestamp(String value) {
        Matcher m = NOW.matcher(value.trim());
        if (!m.matches()) {
            return null;
        }
        String precision = m.group(1) == null || m.group(1).equals("0") ? "" : m.group(1);
        return "current_timestamp(" + precision + ")";
    }

    private static String mariadbForm(String value) {
        if (value.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (NUMBER.matcher(value).matches() || QUOTED.matcher(value).matches()) {
            return value;
        }
        return MysqlExpressions.wrap(value);
    }

    private static boolean isTemporal(String type) {
        return type.startsWith("timestamp") || type.startsWith("datetime") || type.startsWith("date")
                || type.startsWith("time");
    }
}
