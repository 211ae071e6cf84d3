package dev.shale.dialect.sqlite;

import java.util.List;
import java.util.Locale;

/**
 * The canonical spelling of a declared column type. SQLite keeps the declared text and derives
 * only an affinity from it (https://sqlite.org/datatype3.html#determination_of_column_affinity),
 * so Shale keeps the declared type too and resolves no aliases: {@code INT PRIMARY KEY} and
 * {@code INTEGER PRIMARY KEY} behave differently (only the latter is a rowid alias). The
 * spelling is normalised: words in upper case separated by one space, no space around
 * parentheses and commas ({@code varchar ( 10 )} becomes {@code VARCHAR(10)}); a column
 * declared without a type has the type {@code ""}.
 */
final class SqliteTypes {
    private SqliteTypes() {
    }

    static String canonical(String declared) {
        if (declared == null || declared.isBlank()) {
            return "";
        }
        List<SqliteToken> tokens = SqliteTokenizer.tokenize(declared);
        StringBuilder out = new StringBuilder();
        boolean glued = true;
        for (SqliteToken token : tokens) {
            boolean punctuation = token.isSymbol("(") || token.isSymbol(")") || token.isSymbol(",");
            if (!glued && !punctuation) {
                out.append(' ');
            }
            out.append(switch (token.kind()) {
                case WORD -> token.text().toUpperCase(Locale.ROOT);
                case QUOTED -> '"' + token.text().replace("\"", "\"\"") + '"';
                default -> token.text();
            });
            glued = token.isSymbol("(") || token.isSymbol(",") || token.isSymbol("-") || token.isSymbol("+");
        }
        return out.toString();
    }
}
