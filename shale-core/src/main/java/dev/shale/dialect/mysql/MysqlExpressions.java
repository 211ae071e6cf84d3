package dev.shale.dialect.mysql;

/**
 * Small text operations on MySQL expressions and literals that the inspector and renderer
 * share: string literals, and the outer parentheses that MySQL 8 adds around stored
 * expressions (check clauses, generated columns, expression defaults) and MariaDB does not.
 */
final class MysqlExpressions {
    private MysqlExpressions() {
    }

    /**
     * A string literal as MariaDB itself prints one in the catalog: single quotes, a quote
     * doubled, a backslash escaped (valid unless sql_mode has NO_BACKSLASH_ESCAPES).
     */
    static String quoteString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** True when the whole text is one parenthesised group: {@code (a + b)} but not {@code (a) + (b)}. */
    static boolean isWrapped(String text) {
        String s = text.trim();
        if (s.length() < 2 || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')') {
            return false;
        }
        return closingParen(s, 0) == s.length() - 1;
    }

    /** Removes every pair of parentheses that encloses the whole expression. */
    static String unwrap(String text) {
        String s = text.trim();
        while (isWrapped(s)) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** The expression in exactly one pair of outer parentheses. */
    static String wrap(String text) {
        return "(" + unwrap(text) + ")";
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int closingParen(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote != '`') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
