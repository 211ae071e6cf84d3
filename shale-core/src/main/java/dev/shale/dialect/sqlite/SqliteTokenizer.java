package dev.shale.dialect.sqlite;

import dev.shale.dialect.sqlite.SqliteToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite SQL text into tokens, dropping whitespace and comments, following the rules of
 * SQLite's own tokenizer (https://sqlite.org/lang_keywords.html, https://sqlite.org/lang_expr.html):
 * strings in {@code '…'}, identifiers in {@code "…"}, {@code […]} and {@code `…`}, blob literals,
 * numbers with digit separators, {@code --} and {@code /* *}{@code /} comments.
 */
final class SqliteTokenizer {
    private static final List<String> SYMBOLS = List.of(
            "->>", "->", "||", "<=", ">=", "==", "!=", "<>", "<<", ">>",
            "(", ")", ",", ".", ";", "+", "-", "*", "/", "%", "=", "<", ">", "&", "|", "~");

    private final String sql;
    private int pos;

    private SqliteTokenizer(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}; throws IllegalArgumentException on an unterminated quote. */
    static List<SqliteToken> tokenize(String sql) {
        return new SqliteTokenizer(sql).all();
    }

    private List<SqliteToken> all() {
        List<SqliteToken> tokens = new ArrayList<>();
        while (skipSpaceAndComments()) {
            tokens.add(next());
        }
        return tokens;
    }

    /** Moves past whitespace and comments; false at the end of the text. */
    private boolean skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int end = sql.indexOf('\n', pos);
                pos = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", pos)) {
                // An unterminated block comment runs to the end of the text, as in SQLite.
                int end = sql.indexOf("*/", pos + 2);
                pos = end < 0 ? sql.length() : end + 2;
            } else {
                return true;
            }
        }
        return false;
    }

    private SqliteToken next() {
        char c = sql.charAt(pos);
        if (c == '\'') {
            return new SqliteToken(Kind.STRING, quoted('\'', '\'', true));
        }
        if (c == '"' || c == '`') {
            return new SqliteToken(Kind.QUOTED, unquote(quoted(c, c, true)));
        }
        if (c == '[') {
            String text = quoted('[', ']', false);
            return new SqliteToken(Kind.QUOTED, text.substring(1, text.length() - 1));
        }
        if ((c == 'x' || c == 'X') && pos + 1 < sql.length() && sql.charAt(pos + 1) == '\'') {
            int start = pos++;
            quoted('\'', '\'', false);
            return new SqliteToken(Kind.BLOB, sql.substring(start, pos));
        }
        if (isDigit(c) || (c == '.' && pos + 1 < sql.length() && isDigit(sql.charAt(pos + 1)))) {
            return new SqliteToken(Kind.NUMBER, number());
        }
        if (c == '?' || ((c == ':' || c == '@' || c == '$') && pos + 1 < sql.length() && isIdentifierChar(sql.charAt(pos + 1)))) {
            int start = pos++;
            while (pos < sql.length() && isIdentifierChar(sql.charAt(pos))) {
                pos++;
            }
            return new SqliteToken(Kind.PARAMETER, sql.substring(start, pos));
        }
        if (isIdentifierChar(c) && c != '$') {
            int start = pos;
            while (pos < sql.length() && isIdentifierChar(sql.charAt(pos))) {
                pos++;
            }
            return new SqliteToken(Kind.WORD, sql.substring(start, pos));
        }
        return symbol();
    }

    /** Reads a quoted run starting at {@code pos}, returns it with its quotes. */
    private String quoted(char open, char close, boolean doubledEscapes) {
        int start = pos;
        pos++;
        while (pos < sql.length()) {
            if (sql.charAt(pos) == close) {
                if (doubledEscapes && pos + 1 < sql.length() && sql.charAt(pos + 1) == close) {
                    pos += 2;
                    continue;
                }
                pos++;
                return sql.substring(start, pos);
            }
            pos++;
        }
        throw new IllegalArgumentException("unterminated " + open + " starting at offset " + start + " in: " + sql);
    }

    private static String unquote(String text) {
        char quote = text.charAt(0);
        return text.substring(1, text.length() - 1).replace("" + quote + quote, "" + quote);
    }

    private String number() {
        int start = pos;
        if (sql.startsWith("0x", pos) || sql.startsWith("0X", pos)) {
            pos += 2;
            while (pos < sql.length() && (Character.digit(sql.charAt(pos), 16) >= 0 || sql.charAt(pos) == '_')) {
                pos++;
            }
            return sql.substring(start, pos);
        }
        while (pos < sql.length() && (isDigit(sql.charAt(pos)) || sql.charAt(pos) == '_' || sql.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int exponent = pos + 1;
            if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < sql.length() && isDigit(sql.charAt(exponent))) {
                pos = exponent;
                while (pos < sql.length() && isDigit(sql.charAt(pos))) {
                    pos++;
                }
            }
        }
        return sql.substring(start, pos);
    }

    private SqliteToken symbol() {
        for (String symbol : SYMBOLS) {
            if (sql.startsWith(symbol, pos)) {
                pos += symbol.length();
                return new SqliteToken(Kind.SYMBOL, symbol);
            }
        }
        pos++;
        return new SqliteToken(Kind.SYMBOL, sql.substring(pos - 1, pos));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters, digits, {@code _}, {@code $} and every non-ASCII character, as in SQLite. */
    private static boolean isIdentifierChar(char c) {
        return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '$';
    }
}
