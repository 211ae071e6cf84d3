package dev.shale.dialect.sqlite;

import java.util.Locale;

/**
 * One token of SQLite SQL text. For {@link Kind#QUOTED} identifiers {@code text} is the
 * identifier itself, quotes removed and doubled quotes undone; for every other kind it is the
 * text as written.
 */
record SqliteToken(Kind kind, String text) {

    enum Kind {
        /** A bare word: a keyword or an unquoted identifier. */
        WORD,
        /** An identifier in {@code "…"}, {@code […]} or {@code `…`}. */
        QUOTED,
        /** A string literal {@code '…'}, quotes included. */
        STRING,
        /** A blob literal {@code x'…'}. */
        BLOB,
        NUMBER,
        /** A bound parameter: {@code ?}, {@code ?1}, {@code :name}, {@code @name}, {@code $name}. */
        PARAMETER,
        /** Punctuation or an operator: {@code ( ) , . ;} {@code ||} {@code <=} … */
        SYMBOL
    }

    /** True for a bare word equal to {@code word}, ignoring case (SQLite keywords are case-insensitive). */
    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** True for tokens that can name something: a bare word or a quoted identifier. */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /**
     * The name this token stands for. A string literal also counts, as SQLite accepts
     * {@code 'name'} where it expects a name (https://sqlite.org/lang_keywords.html).
     */
    String name() {
        if (kind == Kind.STRING) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        return text;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
