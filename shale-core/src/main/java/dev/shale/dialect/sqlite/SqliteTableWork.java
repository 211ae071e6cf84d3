package dev.shale.dialect.sqlite;

import static dev.shale.dialect.StatementKinds.LEADING_COMMENTS;

import dev.shale.dialect.StatementWords;
import dev.shale.dialect.TableWork;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the statements that only create a table or add to one (see
 * {@code MigrationSupport#tableWork}): {@code CREATE TABLE name (…)}, {@code CREATE [UNIQUE] INDEX
 * … ON name}, {@code ALTER TABLE name ADD …} (https://www.sqlite.org/lang.html). Anything that
 * names another table (a foreign key, a query) or could find the table already there
 * ({@code CREATE TABLE IF NOT EXISTS}) is not one of them. Erring towards "no" only costs a commit.
 */
final class SqliteTableWork {
    private static final String NAME = "(?:\"(?:[^\"]|\"\")+\"|\\[[^\\]]+\\]|`(?:[^`]|``)+`|[a-z_][a-z0-9_$]*)";
    private static final String QUALIFIED = "(" + NAME + "(?:\\s*\\.\\s*" + NAME + ")?)";
    private static final Pattern PART = Pattern.compile(NAME, Pattern.CASE_INSENSITIVE);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

    private static final Pattern CREATE_TABLE = Pattern.compile(LEADING_COMMENTS
            + "CREATE\\s+TABLE\\s+(?!IF\\b)" + QUALIFIED + "\\s*\\(", FLAGS);
    /** The index's schema names the table's: {@code CREATE INDEX aux.i ON t} indexes aux.t. */
    private static final Pattern CREATE_INDEX = Pattern.compile(LEADING_COMMENTS
            + "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:(" + NAME + ")\\s*\\.\\s*)?" + NAME
            + "\\s+ON\\s+(" + NAME + ")\\s*\\(", FLAGS);
    private static final Pattern ALTER_TABLE_ADD = Pattern.compile(LEADING_COMMENTS
            + "ALTER\\s+TABLE\\s+" + QUALIFIED + "\\s+ADD\\b", FLAGS);
    /** Words by which a statement reaches another table (or data) than its own. */
    private static final String[] OTHER_TABLES = {"REFERENCES", "FOREIGN", "SELECT"};

    private SqliteTableWork() {
    }

    static Optional<TableWork> of(String statement) {
        Optional<TableWork> work;
        Matcher index = CREATE_INDEX.matcher(statement);
        if (index.lookingAt()) {
            String schema = index.group(1);
            work = Optional.of(new TableWork(folded((schema == null ? "" : schema + ".") + index.group(2)), false));
        } else {
            work = match(CREATE_TABLE, statement, true).or(() -> match(ALTER_TABLE_ADD, statement, false));
        }
        return work.filter(w -> !StatementWords.has(statement, OTHER_TABLES, "", new String[0]));
    }

    private static Optional<TableWork> match(Pattern pattern, String statement, boolean creates) {
        Matcher matcher = pattern.matcher(statement);
        return matcher.lookingAt() ? Optional.of(new TableWork(folded(matcher.group(1)), creates)) : Optional.empty();
    }

    /**
     * The name as SQLite compares it: without its quotes, ASCII letters in lower case whether
     * quoted or not (https://www.sqlite.org/lang_keywords.html); the parts joined with a
     * character no name holds.
     */
    private static String folded(String qualified) {
        StringBuilder name = new StringBuilder();
        Matcher part = PART.matcher(qualified);
        while (part.find()) {
            if (name.length() > 0) {
                name.append('\0');
            }
            String text = part.group();
            String bare = switch (text.charAt(0)) {
                case '"' -> text.substring(1, text.length() - 1).replace("\"\"", "\"");
                case '`' -> text.substring(1, text.length() - 1).replace("``", "`");
                case '[' -> text.substring(1, text.length() - 1);
                default -> text;
            };
            for (char c : bare.toCharArray()) {
                name.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return name.toString();
    }
}
