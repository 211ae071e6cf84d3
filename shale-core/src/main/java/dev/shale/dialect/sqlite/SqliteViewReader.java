package dev.shale.dialect.sqlite;

import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a view from its CREATE VIEW text: the definition is the SELECT after AS in the
 * canonical form of {@link SqliteSqlText}. Identifiers that name a table, view or column of
 * the schema are written quoted as written, so that {@code "t"}, {@code [t]} and {@code t}
 * compare equal (SQLite itself rewrites view text with quotes on ALTER TABLE … RENAME).
 * A column list ({@code CREATE VIEW v(a, b) AS …}) is kept as the view's columns.
 */
final class SqliteViewReader {
    private final SqliteSqlText text;
    private final Set<String> known;

    /** @param knownNames every table, view and column name of the schema */
    SqliteViewReader(SqliteSqlText text, List<String> knownNames) {
        this.text = text;
        this.known = knownNames.stream().map(SqliteSqlText::fold).collect(Collectors.toSet());
    }

    View read(String name, String createView) {
        SqliteTokenCursor cursor = new SqliteTokenCursor(SqliteTokenizer.tokenize(createView));
        List<String> columns = List.of();
        while (!cursor.atEnd() && !cursor.peekWord("AS")) {
            if (cursor.peekSymbol("(")) {
                columns = cursor.group().stream().filter(SqliteToken::isName).map(SqliteToken::name).toList();
            } else {
                cursor.next();
            }
        }
        cursor.acceptWord("AS");
        SqliteSqlText.Names asWritten = id -> known.contains(SqliteSqlText.fold(id)) ? text.quote(id) : null;
        return new View(QualifiedName.of(name), text.render(cursor.rest(), asWritten), false, null, columns);
    }
}
