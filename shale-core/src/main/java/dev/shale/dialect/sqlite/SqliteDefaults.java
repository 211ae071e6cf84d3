package dev.shale.dialect.sqlite;

import dev.shale.dialect.sqlite.SqliteToken.Kind;
import java.util.List;

/**
 * Normalises column defaults as {@code pragma_table_xinfo.dflt_value} reports them (the text as
 * written, outer parentheses removed) so that equal defaults compare equal
 * (https://sqlite.org/lang_createtable.html#the_default_clause):
 * <ul>
 * <li>{@code NULL} is no default (null): a column without a default gets NULL;</li>
 * <li>redundant parentheses go: {@code ('a')} is {@code 'a'}, {@code ((1 + 2))} is {@code 1 + 2};</li>
 * <li>a bare or double-quoted word is the string SQLite stores: {@code DEFAULT abc} is {@code 'abc'};</li>
 * <li>{@code TRUE} and {@code FALSE} are {@code 1} and {@code 0}, the integers SQLite stores;</li>
 * <li>{@code +5} is {@code 5}, {@code 0x1F} is {@code 31}, {@code 1_000} is {@code 1000}; blobs are {@code X'HEX'}; CURRENT_* keywords in upper case;</li>
 * <li>any other expression in the canonical form of {@link SqliteSqlText}, without outer parentheses.</li>
 * </ul>
 * {@link #isLiteral} tells the renderer which defaults need parentheses again.
 */
final class SqliteDefaults {
    private final SqliteSqlText text;

    SqliteDefaults(SqliteSqlText text) {
        this.text = text;
    }

    /** The normalised default, or null when there is none. */
    String canonical(String stored) {
        if (stored == null) {
            return null;
        }
        List<SqliteToken> tokens = unwrap(SqliteTokenizer.tokenize(stored));
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return single(tokens.get(0));
        }
        if (tokens.size() == 2 && tokens.get(1).kind() == Kind.NUMBER
                && (tokens.get(0).isSymbol("-") || tokens.get(0).isSymbol("+"))) {
            String number = number(tokens.get(1));
            return tokens.get(0).isSymbol("-") ? "-" + number : number;
        }
        return text.render(tokens, SqliteSqlText.NO_NAMES);
    }

    private String single(SqliteToken token) {
        if (token.isWord("NULL")) {
            return null;
        }
        if (token.isWord("TRUE") || token.isWord("FALSE")) {
            return token.isWord("TRUE") ? "1" : "0";
        }
        if (token.kind() == Kind.NUMBER) {
            return number(token);
        }
        boolean currentTime = token.isWord("CURRENT_TIMESTAMP") || token.isWord("CURRENT_DATE")
                || token.isWord("CURRENT_TIME");
        if (token.kind() == Kind.QUOTED || token.kind() == Kind.WORD && !currentTime) {
            return "'" + token.text().replace("'", "''") + "'";
        }
        return text.render(List.of(token), SqliteSqlText.NO_NAMES);
    }

    /** Digit separators removed; hexadecimal as the 64-bit integer SQLite reads from it (https://sqlite.org/lang_expr.html#hexint). */
    private static String number(SqliteToken token) {
        String digits = token.text().replace("_", "");
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            return Long.toString(Long.parseUnsignedLong(digits.substring(2), 16));
        }
        return digits;
    }

    /** True when the default can be written after DEFAULT without parentheses. */
    static boolean isLiteral(String canonical) {
        List<SqliteToken> tokens = SqliteTokenizer.tokenize(canonical);
        if (tokens.size() == 2) {
            return tokens.get(0).isSymbol("-") && tokens.get(1).kind() == Kind.NUMBER;
        }
        if (tokens.size() != 1) {
            return false;
        }
        SqliteToken token = tokens.get(0);
        return token.kind() == Kind.STRING || token.kind() == Kind.NUMBER || token.kind() == Kind.BLOB
                || token.isWord("CURRENT_TIMESTAMP") || token.isWord("CURRENT_DATE") || token.isWord("CURRENT_TIME");
    }

    /** Removes parentheses that enclose the whole expression. */
    private static List<SqliteToken> unwrap(List<SqliteToken> tokens) {
        List<SqliteToken> current = tokens;
        while (current.size() >= 2 && current.get(0).isSymbol("(") && closesAtEnd(current)) {
            current = current.subList(1, current.size() - 1);
        }
        return current;
    }

    private static boolean closesAtEnd(List<SqliteToken> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i == tokens.size() - 1;
            }
        }
        return false;
    }
}
