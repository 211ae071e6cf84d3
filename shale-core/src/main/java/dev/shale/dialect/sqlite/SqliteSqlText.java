package dev.shale.dialect.sqlite;

import dev.shale.dialect.sqlite.SqliteToken.Kind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes SQL expression tokens in one canonical form, so that the same expression written with
 * other whitespace, comments, keyword case or quotes compares equal: keywords in upper case,
 * function names in lower case, identifiers SQLite would resolve to a known name written as
 * that name quoted, other quoted identifiers in double quotes, {@code ==} as {@code =},
 * {@code !=} as {@code <>}, blob literals as {@code X'HEX'}, one space between tokens except
 * inside parentheses, before commas, around dots and after a unary sign.
 */
final class SqliteSqlText {
    private final UnaryOperator<String> quote;

    SqliteSqlText(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    /** Resolves an identifier to the SQL naming what it refers to; null when unknown. */
    @FunctionalInterface
    interface Names {
        String resolve(String identifier);
    }

    static final Names NO_NAMES = identifier -> null;

    /**
     * Names that SQLite matches without regard to ASCII case (https://sqlite.org/lang_keywords.html),
     * each resolved to {@code canonical} applied to the name as declared.
     */
    static Names names(Collection<String> declared, UnaryOperator<String> canonical) {
        Map<String, String> byFolded = new HashMap<>();
        for (String name : declared) {
            byFolded.putIfAbsent(fold(name), canonical.apply(name));
        }
        return identifier -> byFolded.get(fold(identifier));
    }

    /** Folds ASCII letters to lower case only, as SQLite compares identifiers. */
    static String fold(String identifier) {
        StringBuilder folded = new StringBuilder(identifier.length());
        for (char c : identifier.toCharArray()) {
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /**
     * Whether an expression or query names {@code identifier} (a word or quoted identifier,
     * ignoring ASCII case as SQLite does). It may see a mention that is not one (a column of a
     * table of the same name), never miss one.
     */
    static boolean mentions(String sql, String identifier) {
        String wanted = fold(identifier);
        return SqliteTokenizer.tokenize(sql).stream().anyMatch(t -> t.isName() && fold(t.text()).equals(wanted));
    }

    String quote(String identifier) {
        return quote.apply(identifier);
    }

    String render(String sql, Names names) {
        return render(SqliteTokenizer.tokenize(sql), names);
    }

    String render(List<SqliteToken> tokens, Names names) {
        StringBuilder out = new StringBuilder();
        SqliteToken previous = null;
        boolean previousUnary = false;
        for (int i = 0; i < tokens.size(); i++) {
            SqliteToken token = tokens.get(i);
            SqliteToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (previous != null && spaced(previous, previousUnary, token)) {
                out.append(' ');
            }
            out.append(text(token, previous, next, names));
            previousUnary = isSign(token) && unaryAfter(previous);
            previous = token;
        }
        return out.toString();
    }

    private String text(SqliteToken token, SqliteToken previous, SqliteToken next, Names names) {
        if (previous != null && previous.isWord("COLLATE") && token.isName()) {
            // Collation names are case-insensitive; BINARY, NOCASE and RTRIM are built in.
            String collation = token.text().toUpperCase(Locale.ROOT);
            return collation.matches("[A-Z_][A-Z0-9_]*") ? collation : quote(token.text());
        }
        return switch (token.kind()) {
            case WORD -> word(token, next, names);
            case QUOTED -> {
                String resolved = names.resolve(token.text());
                yield resolved != null ? resolved : quote(token.text());
            }
            case BLOB -> "X" + token.text().substring(1).toUpperCase(Locale.ROOT);
            case NUMBER -> token.text().replace("_", "");
            case SYMBOL -> token.text().equals("==") ? "=" : token.text().equals("!=") ? "<>" : token.text();
            default -> token.text();
        };
    }

    private static String word(SqliteToken token, SqliteToken next, Names names) {
        if (SqliteKeywords.isKeyword(token.text())) {
            return token.upper();
        }
        if (next != null && next.isSymbol("(")) {
            return token.text().toLowerCase(Locale.ROOT);
        }
        String resolved = names.resolve(token.text());
        return resolved != null ? resolved : token.text();
    }

    private static boolean spaced(SqliteToken previous, boolean previousUnary, SqliteToken token) {
        if (previousUnary || previous.isSymbol("(") || previous.isSymbol(".")) {
            return false;
        }
        if (token.isSymbol(")") || token.isSymbol(",") || token.isSymbol(".") || token.isSymbol(";")) {
            return false;
        }
        boolean call = token.isSymbol("(")
                && (previous.kind() == Kind.QUOTED
                    || previous.kind() == Kind.WORD && !SqliteKeywords.isKeyword(previous.text()));
        return !call;
    }

    private static boolean isSign(SqliteToken token) {
        return token.isSymbol("-") || token.isSymbol("+") || token.isSymbol("~");
    }

    /** A sign is unary at the start, after an operator or opening parenthesis, or after a keyword like AND. */
    private static boolean unaryAfter(SqliteToken previous) {
        if (previous == null) {
            return true;
        }
        if (previous.kind() == Kind.SYMBOL) {
            return !previous.isSymbol(")");
        }
        return previous.kind() == Kind.WORD && SqliteKeywords.isKeyword(previous.text())
                && !List.of("NULL", "TRUE", "FALSE", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "END")
                        .contains(previous.upper());
    }
}
