package dev.shale.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;

/** Walks a token list for the small statement parsers: peek, accept, and balanced groups. */
final class SqliteTokenCursor {
    private final List<SqliteToken> tokens;
    private int pos;

    SqliteTokenCursor(List<SqliteToken> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    /** The token {@code ahead} places after the current one, or null past the end. */
    SqliteToken peek(int ahead) {
        int at = pos + ahead;
        return at < tokens.size() ? tokens.get(at) : null;
    }

    SqliteToken peek() {
        return peek(0);
    }

    boolean peekWord(String word) {
        return !atEnd() && peek().isWord(word);
    }

    boolean peekSymbol(String symbol) {
        return !atEnd() && peek().isSymbol(symbol);
    }

    SqliteToken next() {
        if (atEnd()) {
            throw new IllegalArgumentException("unexpected end of SQL after " + tokens);
        }
        return tokens.get(pos++);
    }

    /** Consumes the next token when it is the bare word {@code word}. */
    boolean acceptWord(String word) {
        if (peekWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes a parenthesised group and returns the tokens inside it; the cursor must be on {@code (}. */
    List<SqliteToken> group() {
        if (!peekSymbol("(")) {
            throw new IllegalArgumentException("expected ( at token " + pos + " of " + tokens);
        }
        int depth = 0;
        int start = pos + 1;
        while (!atEnd()) {
            SqliteToken token = next();
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")") && --depth == 0) {
                return tokens.subList(start, pos - 1);
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in " + tokens);
    }

    /** The rest of the tokens, consumed. */
    List<SqliteToken> rest() {
        List<SqliteToken> rest = tokens.subList(pos, tokens.size());
        pos = tokens.size();
        return rest;
    }

    /** Splits {@code tokens} at the commas outside parentheses. */
    static List<List<SqliteToken>> splitTopLevel(List<SqliteToken> tokens) {
        List<List<SqliteToken>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqliteToken token = tokens.get(i);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && token.isSymbol(",")) {
                parts.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            parts.add(tokens.subList(start, tokens.size()));
        }
        return parts;
    }
}
