package dev.shale.dialect;

/**
 * The lexical rules a statement splitter needs for one database.
 *
 * @param dollarQuotes      {@code $tag$ … $tag$} strings (PostgreSQL)
 * @param backslashEscapes  a backslash escapes the next character inside quotes (MySQL)
 * @param hashComments      {@code #} starts a line comment (MySQL)
 * @param backtickNames     {@code `name`} quoted identifiers (MySQL, SQLite)
 * @param bracketNames      {@code [name]} quoted identifiers (SQLite)
 * @param delimiterCommand  the client-side {@code DELIMITER xx} command (MySQL)
 * @param nestedComments    block comments nest (PostgreSQL)
 */
public record SplitterRules(boolean dollarQuotes, boolean backslashEscapes, boolean hashComments,
                            boolean backtickNames, boolean bracketNames, boolean delimiterCommand,
                            boolean nestedComments) {
}
