package dev.shale.dialect.sqlite;

import dev.shale.dialect.sqlite.SqliteTableSql.CheckClause;
import dev.shale.dialect.sqlite.SqliteTableSql.ColumnClause;
import dev.shale.dialect.sqlite.SqliteTableSql.ForeignKeyClause;
import dev.shale.dialect.sqlite.SqliteTableSql.UniqueClause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parts of a CREATE TABLE statement (as stored in {@code sqlite_schema.sql}) that
 * SQLite keeps nowhere else: it has no catalog for CHECK constraints, constraint names,
 * collations or generation expressions (https://sqlite.org/lang_createtable.html). Types,
 * nullability, defaults, keys and foreign key targets come from the pragmas instead.
 */
final class SqliteTableSqlParser {
    private final Map<String, ColumnClause> columns = new LinkedHashMap<>();
    private final List<CheckClause> checks = new ArrayList<>();
    private final List<UniqueClause> uniques = new ArrayList<>();
    private final List<ForeignKeyClause> foreignKeys = new ArrayList<>();
    private String pendingName;

    private SqliteTableSqlParser() {
    }

    static SqliteTableSql parse(String createTable) {
        SqliteTokenCursor cursor = new SqliteTokenCursor(SqliteTokenizer.tokenize(createTable));
        while (!cursor.atEnd() && !cursor.peekSymbol("(")) {
            cursor.next();
        }
        SqliteTableSqlParser parser = new SqliteTableSqlParser();
        if (!cursor.atEnd()) {
            for (List<SqliteToken> item : SqliteTokenCursor.splitTopLevel(cursor.group())) {
                parser.item(new SqliteTokenCursor(item));
            }
        }
        return new SqliteTableSql(Map.copyOf(parser.columns), List.copyOf(parser.checks),
                List.copyOf(parser.uniques), List.copyOf(parser.foreignKeys));
    }

    private void item(SqliteTokenCursor cursor) {
        SqliteToken first = cursor.peek();
        if (first == null) {
            return;
        }
        // Table constraints start with a reserved word, so a column can never be named like
        // one without quotes, which makes it a QUOTED token.
        if (first.isWord("CONSTRAINT") || first.isWord("PRIMARY") || first.isWord("UNIQUE")
                || first.isWord("CHECK") || first.isWord("FOREIGN")) {
            tableConstraints(cursor);
        } else {
            column(cursor);
        }
    }

    private void column(SqliteTokenCursor cursor) {
        String name = cursor.next().name();
        while (!cursor.atEnd() && !startsColumnConstraint(cursor.peek())) {
            if (cursor.peekSymbol("(")) {
                cursor.group();
            } else {
                cursor.next();
            }
        }
        ColumnClause clause = new ColumnClause(name, null, null, false, false);
        while (!cursor.atEnd()) {
            clause = columnConstraint(cursor, clause);
        }
        columns.put(SqliteSqlText.fold(name), clause);
    }

    private static boolean startsColumnConstraint(SqliteToken token) {
        for (String word : List.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT",
                "COLLATE", "REFERENCES", "GENERATED", "AS")) {
            if (token.isWord(word)) {
                return true;
            }
        }
        return false;
    }

    private ColumnClause columnConstraint(SqliteTokenCursor cursor, ColumnClause c) {
        SqliteToken token = cursor.next();
        String name = pendingName;
        pendingName = null;
        if (token.isWord("CONSTRAINT")) {
            pendingName = cursor.next().name();
        } else if (token.isWord("PRIMARY")) {
            cursor.acceptWord("KEY");
            if (!cursor.acceptWord("ASC")) {
                cursor.acceptWord("DESC");
            }
            skipConflictClause(cursor);
            return cursor.acceptWord("AUTOINCREMENT")
                    ? new ColumnClause(c.name(), c.collation(), c.generated(), c.stored(), true) : c;
        } else if (token.isWord("UNIQUE")) {
            skipConflictClause(cursor);
            uniques.add(new UniqueClause(name, List.of(c.name())));
        } else if (token.isWord("CHECK")) {
            checks.add(new CheckClause(name, cursor.group()));
        } else if (token.isWord("DEFAULT")) {
            skipDefault(cursor);
        } else if (token.isWord("COLLATE")) {
            return new ColumnClause(c.name(), cursor.next().name(), c.generated(), c.stored(), c.autoincrement());
        } else if (token.isWord("REFERENCES")) {
            foreignKeys.add(references(cursor, name, List.of(c.name())));
        } else if (token.isWord("AS")) {
            List<SqliteToken> expression = cursor.group();
            boolean stored = cursor.acceptWord("STORED");
            cursor.acceptWord("VIRTUAL");
            return new ColumnClause(c.name(), c.collation(), expression, stored, c.autoincrement());
        } else if (token.isWord("NOT") || token.isWord("NULL")) {
            cursor.acceptWord("NULL");
            skipConflictClause(cursor);
        }
        // GENERATED ALWAYS only announces AS; anything else unknown is skipped token by token.
        return c;
    }

    private static void skipDefault(SqliteTokenCursor cursor) {
        if (cursor.peekSymbol("(")) {
            cursor.group();
            return;
        }
        if (cursor.peekSymbol("-") || cursor.peekSymbol("+")) {
            cursor.next();
        }
        cursor.next();
    }

    private static void skipConflictClause(SqliteTokenCursor cursor) {
        if (cursor.peekWord("ON") && cursor.peek(1) != null && cursor.peek(1).isWord("CONFLICT")) {
            cursor.next();
            cursor.next();
            cursor.next();
        }
    }

    private void tableConstraints(SqliteTokenCursor cursor) {
        while (!cursor.atEnd()) {
            SqliteToken token = cursor.next();
            String name = pendingName;
            pendingName = null;
            if (token.isWord("CONSTRAINT")) {
                pendingName = cursor.next().name();
            } else if (token.isWord("PRIMARY")) {
                cursor.acceptWord("KEY");
                primaryKey(cursor.group());
                skipConflictClause(cursor);
            } else if (token.isWord("UNIQUE")) {
                uniques.add(new UniqueClause(name, keyColumns(cursor.group())));
                skipConflictClause(cursor);
            } else if (token.isWord("CHECK")) {
                checks.add(new CheckClause(name, cursor.group()));
            } else if (token.isWord("FOREIGN")) {
                cursor.acceptWord("KEY");
                List<String> from = keyColumns(cursor.group());
                cursor.acceptWord("REFERENCES");
                foreignKeys.add(references(cursor, name, from));
            }
        }
    }

    /** SQLite also accepts {@code PRIMARY KEY (id AUTOINCREMENT)} as a table constraint. */
    private void primaryKey(List<SqliteToken> list) {
        if (!list.isEmpty() && list.get(list.size() - 1).isWord("AUTOINCREMENT")) {
            String column = list.get(0).name();
            ColumnClause c = columns.get(SqliteSqlText.fold(column));
            if (c != null) {
                columns.put(SqliteSqlText.fold(column),
                        new ColumnClause(c.name(), c.collation(), c.generated(), c.stored(), true));
            }
        }
    }

    /** The column of each key part of a column list such as {@code (a COLLATE NOCASE, "b" DESC)}. */
    static List<String> keyColumns(List<SqliteToken> list) {
        return SqliteTokenCursor.splitTopLevel(list).stream().filter(part -> !part.isEmpty())
                .map(part -> part.get(0).name()).toList();
    }

    /** Reads a foreign key clause after REFERENCES (https://sqlite.org/syntax/foreign-key-clause.html). */
    private static ForeignKeyClause references(SqliteTokenCursor cursor, String name, List<String> from) {
        String table = cursor.next().name();
        if (cursor.peekSymbol("(")) {
            cursor.group();
        }
        boolean deferred = false;
        while (!cursor.atEnd()) {
            SqliteToken next = cursor.peek(1);
            if (cursor.peekWord("ON") || cursor.peekWord("MATCH")) {
                cursor.next();
                skipAction(cursor);
            } else if (cursor.peekWord("NOT") && next != null && next.isWord("DEFERRABLE")) {
                cursor.next();
                cursor.next();
                skipInitially(cursor);
            } else if (cursor.acceptWord("DEFERRABLE")) {
                // Only DEFERRABLE INITIALLY DEFERRED defers; every other form is checked at
                // once (https://sqlite.org/foreignkeys.html#fk_deferred).
                deferred = skipInitially(cursor);
            } else {
                break;
            }
        }
        return new ForeignKeyClause(name, from, table, deferred);
    }

    /** Skips {@code DELETE|UPDATE action} after ON, or the name after MATCH. */
    private static void skipAction(SqliteTokenCursor cursor) {
        SqliteToken what = cursor.next();
        if (!what.isWord("DELETE") && !what.isWord("UPDATE")) {
            return;
        }
        // SET NULL, SET DEFAULT and NO ACTION take two words; CASCADE and RESTRICT one.
        if (!cursor.acceptWord("SET")) {
            cursor.acceptWord("NO");
        }
        cursor.next();
    }

    /** Skips {@code INITIALLY DEFERRED|IMMEDIATE}; true when it said DEFERRED. */
    private static boolean skipInitially(SqliteTokenCursor cursor) {
        if (cursor.acceptWord("INITIALLY")) {
            return cursor.next().isWord("DEFERRED");
        }
        return false;
    }
}
