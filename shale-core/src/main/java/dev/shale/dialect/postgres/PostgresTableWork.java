package dev.shale.dialect.postgres;

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
    private static final String LEADING_COMMENTS = "^\\s*(?:(?:--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)\\s*)*";
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

    /**
     * True when one of {@link #OTHER_TABLES} is a word of the statement, or AS is followed by one
     * of {@link #AS_QUERY}, in any case. A scan of its words in place rather than a regular
     * expression: this runs on every statement of a long directory, mostly before anything is compiled.
     */
    private static boolean reachesOtherTables(String statement) {
        boolean afterAs = false;
        int i = 0;
        while (i < statement.length()) {
            if (!isWordPart(statement.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < statement.length() && isWordPart(statement.charAt(i))) {
                i++;
            }
            if (isOneOf(statement, start, i, OTHER_TABLES) || afterAs && isOneOf(statement, start, i, AS_QUERY)) {
                return true;
            }
            afterAs = isWord(statement, start, i, "AS");
        }
        return false;
    }

    private static boolean isOneOf(String statement, int start, int end, String[] words) {
        for (String word : words) {
            if (isWord(statement, start, end, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String statement, int start, int end, String word) {
        return end - start == word.length() && statement.regionMatches(true, start, word, 0, word.length());
    }

    private static boolean isWordPart(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) || c == '_' || c == '$' : Character.isLetterOrDigit(c);
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
