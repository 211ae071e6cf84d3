package dev.shale.dialect.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Canonical spelling of a MySQL/MariaDB column type, so that equal columns compare equal
 * whatever alias declared them. The rules (the diff engine relies on them):
 * <ul>
 *   <li>lower case, single spaces; ENUM/SET values keep their case and quoting:
 *       {@code enum('a','B''c')};</li>
 *   <li>aliases resolved as the server resolves them
 *       (https://mariadb.com/kb/en/data-types/, https://dev.mysql.com/doc/refman/8.0/en/other-vendor-data-types.html):
 *       INTEGER/INT4 = {@code int}, BOOL/BOOLEAN = {@code tinyint(1)}, DEC/NUMERIC/FIXED =
 *       {@code decimal}, CHARACTER VARYING = {@code varchar}, DOUBLE PRECISION/REAL/FLOAT8 =
 *       {@code double}, LONG VARCHAR = {@code mediumtext}, …; NATIONAL VARCHAR / NCHAR are
 *       {@code varchar} / {@code char} whose utf8mb3 character set the catalog reports as the
 *       column's collation, not as part of the type;</li>
 *   <li>integer display widths dropped ({@code int(11)} = {@code int}), as MySQL 8.0.19+
 *       does, except {@code tinyint(1)} (the boolean idiom, which MySQL 8 keeps too) and
 *       ZEROFILL columns, where the width changes what clients display;</li>
 *   <li>implicit lengths made explicit: {@code decimal} = {@code decimal(10,0)},
 *       {@code char} = {@code char(1)}, {@code binary} = {@code binary(1)}, {@code bit} = {@code bit(1)};</li>
 *   <li>{@code unsigned} and {@code zerofill} kept (ZEROFILL implies UNSIGNED), {@code signed} dropped.</li>
 * </ul>
 */
final class MysqlTypes {
    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int1", "tinyint"),
            Map.entry("int2", "smallint"), Map.entry("int3", "mediumint"), Map.entry("middleint", "mediumint"),
            Map.entry("int8", "bigint"), Map.entry("dec", "decimal"), Map.entry("numeric", "decimal"),
            Map.entry("fixed", "decimal"), Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"), Map.entry("national varchar", "varchar"),
            Map.entry("nvarchar", "varchar"), Map.entry("national character varying", "varchar"),
            Map.entry("national char varying", "varchar"), Map.entry("character", "char"),
            Map.entry("national char", "char"), Map.entry("national character", "char"), Map.entry("nchar", "char"),
            Map.entry("double precision", "double"), Map.entry("real", "double"), Map.entry("float8", "double"),
            Map.entry("float4", "float"), Map.entry("long varchar", "mediumtext"),
            Map.entry("long char varying", "mediumtext"), Map.entry("long", "mediumtext"),
            Map.entry("long varbinary", "mediumblob"));
    private static final Map<String, String> IMPLICIT_LENGTH = Map.of(
            "char", "1", "binary", "1", "bit", "1", "decimal", "10,0");

    private MysqlTypes() {
    }

    /** The canonical form of a type as written in DDL or reported in COLUMNS.COLUMN_TYPE. */
    static String canonical(String declared) {
        String text = lowerOutsideQuotes(declared.trim().replaceAll("\\s+", " "));
        int open = text.indexOf('(');
        String base;
        String args;
        List<String> attributes = new ArrayList<>();
        if (open >= 0) {
            int close = text.lastIndexOf(')');
            base = text.substring(0, open).trim();
            args = text.substring(open + 1, close).trim();
            attributes.addAll(words(text.substring(close + 1)));
        } else {
            List<String> words = words(text);
            int firstAttribute = 0;
            while (firstAttribute < words.size() && !isAttribute(words.get(firstAttribute))) {
                firstAttribute++;
            }
            base = String.join(" ", words.subList(0, firstAttribute));
            args = null;
            attributes.addAll(words.subList(firstAttribute, words.size()));
        }
        return render(base, args, attributes);
    }

    private static String render(String rawBase, String rawArgs, List<String> attributes) {
        if (rawBase.equals("bool") || rawBase.equals("boolean")) {
            return "tinyint(1)";
        }
        String base = ALIASES.getOrDefault(rawBase, rawBase);
        boolean zerofill = attributes.contains("zerofill");
        boolean unsigned = zerofill || attributes.contains("unsigned");
        String args = rawArgs == null ? IMPLICIT_LENGTH.get(base) : rawArgs.replace(" ", "");
        if (base.equals("decimal") && args != null && !args.contains(",")) {
            args = args + ",0";
        }
        if (INTEGERS.contains(base) && !zerofill && !(base.equals("tinyint") && "1".equals(args))) {
            args = null;
        }
        if (base.equals("enum") || base.equals("set")) {
            args = rawArgs;
        }
        StringBuilder out = new StringBuilder(base);
        if (args != null) {
            out.append('(').append(args).append(')');
        }
        if (unsigned) {
            out.append(" unsigned");
        }
        if (zerofill) {
            out.append(" zerofill");
        }
        return out.toString();
    }

    private static boolean isAttribute(String word) {
        return word.equals("unsigned") || word.equals("signed") || word.equals("zerofill");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.trim().split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Lower-cases keywords but not the quoted ENUM/SET values. */
    private static String lowerOutsideQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(quoted ? c : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
