package dev.shale.migrate.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sections and directives of a migration file:
 *
 * <pre>
 * -- shale:no-transaction      (optional directives)
 * -- shale:destructive         (the up section loses data its down section cannot bring back)
 * -- shale:up
 * CREATE INDEX CONCURRENTLY …;
 * -- shale:down
 * DROP INDEX CONCURRENTLY …;
 * </pre>
 *
 * A Flyway file has no markers: the whole file is its up section.
 */
final class ScriptParser {
    private static final String MARKER = "shale:";
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*--\\s*shale:([A-Za-z-]+)\\s*$");
    private static final Set<String> DIRECTIVES = Set.of("up", "down", "no-transaction", "destructive");

    /** The parsed file: up section, optional down section and the directives found. */
    record Parsed(SqlSection up, Optional<SqlSection> down, boolean noTransaction) {
    }

    Parsed parse(Path file, String text, boolean markersRequired) {
        String[] lines = text.split("\n", -1);
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        StringBuilder current = markersRequired ? null : up;
        int upLine = 1;
        int downLine = 0;
        boolean noTransaction = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // Only a line that mentions "shale:" can be a directive: the pattern runs on those alone.
            Matcher m = line.contains(MARKER) ? DIRECTIVE.matcher(line) : null;
            String directive = m != null && m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
            if (directive != null && !DIRECTIVES.contains(directive)) {
                throw new MigrationDirectoryException(file.getFileName() + ":" + (i + 1)
                        + ": unknown directive '-- shale:" + m.group(1) + "'",
                        "directives are -- shale:up, -- shale:down, -- shale:no-transaction and -- shale:destructive");
            }
            if ("up".equals(directive)) {
                current = up;
                upLine = i + 2;
            } else if ("down".equals(directive)) {
                current = down;
                downLine = i + 2;
            } else if ("no-transaction".equals(directive)) {
                noTransaction = true;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (markersRequired && upLine == 1) {
            throw new MigrationDirectoryException(file.getFileName() + " has no '-- shale:up' line",
                    "start the SQL that applies the migration with a line '-- shale:up', and the SQL that "
                            + "reverts it with '-- shale:down' (see 'shale new')");
        }
        Optional<SqlSection> downSection = downLine == 0 || down.toString().isBlank()
                ? Optional.empty() : Optional.of(new SqlSection(file, downLine, down.toString()));
        return new Parsed(new SqlSection(file, upLine, up.toString()), downSection, noTransaction);
    }
}
