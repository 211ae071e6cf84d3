package dev.shale.dialect.postgres;

import static dev.shale.dialect.StatementKinds.LEADING_COMMENTS;

import dev.shale.dialect.StatementWords;
import dev.shale.dialect.TableWork;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the statements that only create a table or add to one (see
 * {@code MigrationSupport#tableWork}): {@code CREATE TABLE name (…)}, {@code CREATE [UNIQUE] INDEX
 * … ON name}, {@code ALTER TABLE name ADD …}. Anything that names or reads another table (a
 * foreign key, LIKE, INHERITS, a partition, a query) or could find the table already there
 * ({@code CREATE TABLE IF NOT EXISTS}) is not one of them. Erring towards "no" only costs a round trip.
 */
final class PostgresTableWork {
    private static final String NAME = "(?:\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)";
    private static final String TABLE = "(" + NAME + "(?:\\s*\\.\\s*" + NAME + ")?)";
    private static final Pattern PART = Pattern.compile(NAME, Pattern.CASE_INSENSITIVE);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

    private static final Pattern CREATE_TABLE = Pattern.compile(LEADING_COMMENTS
            + "CREATE\\s+TABLE\\s+(?!IF\\b)" + TABLE + "\\s*\\(", FLAGS);
    private static final Pattern CREATE_INDEX = Pattern.compile(LEADING_COMMENTS
            + "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?!CONCURRENTLY\\b)(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:(?!ON\\b)" + NAME
            + "\\s+)?ON\\s+(?:ONLY\\s+)?" + TABLE + "[\\s(]", FLAGS);
    private static final Pattern ALTER_TABLE_ADD = Pattern.compile(LEADING_COMMENTS
            + "ALTER\\s+TABLE\\s+(?:ONLY\\s+)?" + TABLE + "\\s+ADD\\b", FLAGS);
    /** Words by which a statement reaches another table (or data) than its own. */
    private static final String[] OTHER_TABLES = {"REFERENCES", "FOREIGN", "LIKE", "INHERITS", "PARTITION", "SELECT",
        "TABLESPACE"};
    /** Words after AS that make CREATE TABLE … AS read a query. */
    private static final String[] AS_QUERY = {"TABLE", "VALUES", "EXECUTE", "WITH"};

    private PostgresTableWork() {
    }

    static Optional<TableWork> of(String statement) {
        return match(CREATE_TABLE, statement, true)
                .or(() -> match(CREATE_INDEX, statement, false))
                .or(() -> match(ALTER_TABLE_ADD, statement, false))
                .filter(work -> !reachesOtherTables(statement));
    }

    private static Optional<TableWork> match(Pattern pattern, String statement, boolean creates) {
        Matcher matcher = pattern.matcher(statement);
        return matcher.lookingAt() ? Optional.of(new TableWork(folded(matcher.group(1)), creates)) : Optional.empty();
    }

    /** True when one of {@link #OTHER_TABLES} is a word of the statement, or AS is followed by one of {@link #AS_QUERY}. */
    private static boolean reachesOtherTables(String statement) {
        return StatementWords.has(statement, OTHER_TABLES, "AS", AS_QUERY);
    }

    /**
     * The name as PostgreSQL resolves it: unquoted parts in lower case, quoted ones as written,
     * so that {@code Orders}, {@code orders} and {@code "orders"} are one table. The parts are
     * joined with a character no name holds.
     */
    private static String folded(String qualified) {
        StringBuilder name = new StringBuilder();
        Matcher part = PART.matcher(qualified);
        while (part.find()) {
            if (name.length() > 0) {
                name.append('\0');
            }
            String text = part.group();
            name.append(text.startsWith("\"") ? text.substring(1, text.length() - 1).replace("\"\"", "\"")
                    : text.toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
