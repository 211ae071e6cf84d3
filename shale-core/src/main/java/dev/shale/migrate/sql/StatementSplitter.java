package dev.shale.migrate.sql;

import dev.shale.dialect.SplitterRules;
import dev.shale.migrate.files.SqlSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a script into statements at its delimiters, following one database's lexical rules:
 * quotes and their escapes, quoted identifiers, line and block comments, PostgreSQL dollar
 * quotes, {@code BEGIN … END} bodies of triggers and routines, and MySQL's client-side
 * {@code DELIMITER} command. It does not parse SQL; the database does that.
 */
public final class StatementSplitter {
    private static final Pattern DELIMITER_COMMAND = Pattern.compile("(?i)[ \\t]*DELIMITER[ \\t]+(\\S+)[ \\t]*(?:\\r?\\n|$)");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$(?:[A-Za-z_][A-Za-z0-9_]*)?\\$");

    private final SplitterRules rules;

    public StatementSplitter(SplitterRules rules) {
        this.rules = rules;
    }

    /** The statements of a section, with their file line numbers. */
    public List<SqlStatement> split(SqlSection section) {
        return new Scan(section.sql(), section.firstLine()).run();
    }

    /** The state of one pass over a script. */
    private final class Scan {
        private final String text;
        private final List<SqlStatement> statements = new ArrayList<>();
        private final BlockTracker blocks = new BlockTracker();
        private String delimiter = ";";
        private int pos;
        private int line;
        private int firstSignificant = -1;
        private int firstLine;

        Scan(String text, int firstLine) {
            this.text = text;
            this.line = firstLine;
        }

        List<SqlStatement> run() {
            while (pos < text.length()) {
                if (firstSignificant < 0 && rules.delimiterCommand() && delimiterCommand()) {
                    continue;
                }
                if (text.startsWith(delimiter, pos) && (!delimiter.equals(";") || blocks.depth() == 0)) {
                    finish(pos);
                    pos += delimiter.length();
                    continue;
                }
                step();
            }
            finish(text.length());
            return statements;
        }

        /** MySQL's client command {@code DELIMITER //}, on a line of its own, changes the delimiter. */
        private boolean delimiterCommand() {
            if (pos > 0 && text.charAt(pos - 1) != '\n') {
                return false;
            }
            Matcher m = DELIMITER_COMMAND.matcher(text).region(pos, text.length());
            if (!m.lookingAt()) {
                return false;
            }
            delimiter = m.group(1);
            advanceTo(m.end());
            return true;
        }

        private void step() {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance(1);
            } else if (c == '-' && text.startsWith("--", pos) && lineCommentAllowed()) {
                skipToLineEnd();
            } else if (c == '#' && rules.hashComments()) {
                skipToLineEnd();
            } else if (c == '/' && text.startsWith("/*", pos)) {
                significant();
                skipBlockComment();
            } else {
                significant();
                token(c);
            }
        }

        private void token(char c) {
            if (c == '\'') {
                boolean escapes = rules.backslashEscapes() || escapeStringPrefix();
                skipQuoted('\'', '\'', escapes);
            } else if (c == '"') {
                skipQuoted('"', '"', rules.backslashEscapes());
            } else if (c == '`' && rules.backtickNames()) {
                skipQuoted('`', '`', false);
            } else if (c == '[' && rules.bracketNames()) {
                skipQuoted('[', ']', false);
            } else if (c == '$' && rules.dollarQuotes() && dollarQuote()) {
                return;
            } else if (isWordChar(c)) {
                int end = pos;
                while (end < text.length() && isWordChar(text.charAt(end))) {
                    end++;
                }
                if (blocks.wantsWords()) {
                    blocks.word(text.substring(pos, end).toUpperCase(Locale.ROOT), nextWordOrChar(end));
                }
                advanceTo(end);
            } else {
                advance(1);
            }
        }

        /** PostgreSQL E'…' strings take backslash escapes. */
        private boolean escapeStringPrefix() {
            return rules.dollarQuotes() && pos > 0 && (text.charAt(pos - 1) == 'E' || text.charAt(pos - 1) == 'e')
                    && (pos < 2 || !isWordChar(text.charAt(pos - 2)));
        }

        private boolean dollarQuote() {
            if (pos > 0 && isWordChar(text.charAt(pos - 1))) {
                advance(1);
                return true;
            }
            Matcher tag = DOLLAR_TAG.matcher(text).region(pos, text.length());
            if (!tag.lookingAt()) {
                advance(1);
                return true;
            }
            int close = text.indexOf(tag.group(), tag.end());
            advanceTo(close < 0 ? text.length() : close + tag.group().length());
            return true;
        }

        private boolean lineCommentAllowed() {
            // MySQL needs whitespace after "--": https://dev.mysql.com/doc/refman/8.0/en/ansi-diff-comments.html
            return !rules.hashComments() || pos + 2 >= text.length() || Character.isWhitespace(text.charAt(pos + 2));
        }

        private void skipQuoted(char open, char close, boolean backslash) {
            advance(1);
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (backslash && c == '\\') {
                    advance(Math.min(2, text.length() - pos));
                } else if (c == close) {
                    advance(1);
                    if (open == close && pos < text.length() && text.charAt(pos) == close) {
                        advance(1);
                    } else {
                        return;
                    }
                } else {
                    advance(1);
                }
            }
        }

        private void skipToLineEnd() {
            int end = text.indexOf('\n', pos);
            advanceTo(end < 0 ? text.length() : end);
        }

        private void skipBlockComment() {
            int depth = 0;
            while (pos < text.length()) {
                if (text.startsWith("/*", pos) && (depth == 0 || rules.nestedComments())) {
                    depth++;
                    advance(2);
                } else if (text.startsWith("*/", pos)) {
                    depth--;
                    advance(2);
                    if (depth == 0) {
                        return;
                    }
                } else {
                    advance(1);
                }
            }
        }

        private String nextWordOrChar(int from) {
            int i = from;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                return text.substring(i, end).toUpperCase(Locale.ROOT);
            }
            // "IF(" is MySQL's IF function; "IF (" starts a block with a parenthesised condition.
            return i >= text.length() ? "" : (i > from ? " " : "") + text.charAt(i);
        }

        private void significant() {
            if (firstSignificant < 0) {
                firstSignificant = pos;
                firstLine = line;
            }
        }

        private void finish(int end) {
            if (firstSignificant >= 0 && firstSignificant < end) {
                String sql = text.substring(firstSignificant, end).strip();
                if (!sql.isEmpty()) {
                    statements.add(new SqlStatement(sql, firstLine));
                }
            }
            firstSignificant = -1;
            blocks.reset();
        }

        private void advance(int count) {
            advanceTo(pos + count);
        }

        private void advanceTo(int target) {
            for (int i = pos; i < target; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            pos = target;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
