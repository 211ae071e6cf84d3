package dev.shale.studio;

import java.util.Locale;
import java.util.Set;

/**
 * Marks up SQL for display: keywords, strings, quoted identifiers, numbers and comments each in a
 * {@code <span>} with a class the stylesheet colours. A small scanner, not a parser: it only needs
 * to tell the token kinds apart; everything it emits is HTML-escaped.
 */
final class SqlHighlighter {
    private static final Set<String> KEYWORDS = Set.of(
            "add", "alter", "and", "as", "asc", "begin", "by", "cascade", "check", "column", "commit",
            "concurrently", "constraint", "create", "default", "delete", "desc", "distinct", "drop", "exists",
            "foreign", "from", "generated", "if", "in", "index", "insert", "into", "is", "join", "key", "not",
            "null", "on", "or", "order", "primary", "references", "rename", "replace", "restrict", "rollback",
            "select", "set", "sequence", "table", "to", "type", "unique", "update", "using", "values", "view",
            "where", "with", "identity", "always", "autoincrement", "auto_increment", "enum", "trigger",
            "function", "returns", "language", "schema", "grant", "revoke", "truncate", "vacuum", "analyze");

    private SqlHighlighter() {
    }

    /** The SQL as escaped HTML with highlighting spans, line breaks kept. */
    static String highlight(String sql) {
        StringBuilder out = new StringBuilder(sql.length() * 2);
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                span(out, "sql-comment", sql.substring(i, end));
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                span(out, "sql-comment", sql.substring(i, end));
            } else if (c == '\'') {
                end = quoted(sql, i, '\'');
                span(out, "sql-string", sql.substring(i, end));
            } else if (c == '"' || c == '`') {
                end = quoted(sql, i, c);
                span(out, "sql-ident", sql.substring(i, end));
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < n && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                span(out, "sql-number", sql.substring(i, end));
            } else if (Character.isLetter(c) || c == '_') {
                end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end);
                if (KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    span(out, "sql-keyword", word);
                } else {
                    out.append(Html.escape(word));
                }
            } else {
                end = i + 1;
                out.append(Html.escape(String.valueOf(c)));
            }
            i = end;
        }
        return out.toString();
    }

    /** The index after the closing quote; a doubled quote is part of the text. */
    private static int quoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static void span(StringBuilder out, String cssClass, String text) {
        out.append("<span class=\"").append(cssClass).append("\">").append(Html.escape(text)).append("</span>");
    }
}
