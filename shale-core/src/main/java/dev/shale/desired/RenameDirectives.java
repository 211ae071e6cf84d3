package dev.shale.desired;

import dev.shale.ShaleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code -- shale:renamed-from OLD} comments in desired-state SQL, so a rename needs no
 * flag in CI. Before a CREATE TABLE it renames the table; on a column's line (or the line
 * before it) it renames the column. The result is in the form of {@link RenameFlags}.
 */
public final class RenameDirectives {
    private static final Pattern DIRECTIVE = Pattern.compile("--\\s*shale:renamed-from\\s+([\"`\\[]?)([^\\s\"`\\]]+)\\1");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)^\\s*CREATE\\s+(?:TEMP\\w*\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:[\"`\\[]?[^\\s(\"`\\]]+[\"`\\]]?\\.)?[\"`\\[]?[^\\s(\"`\\]]+[\"`\\]]?)");
    private static final Pattern FIRST_IDENTIFIER = Pattern.compile("^\\s*([\"`\\[]?)([^\\s\"`\\]]+)\\1");

    private RenameDirectives() {
    }

    public static List<String> read(List<Path> files) {
        List<String> renames = new ArrayList<>();
        for (Path file : files) {
            renames.addAll(readLines(lines(file)));
        }
        return renames;
    }

    static List<String> readLines(List<String> lines) {
        List<String> renames = new ArrayList<>();
        String table = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher create = CREATE_TABLE.matcher(lines.get(i));
            if (create.find()) {
                table = unquote(create.group(1));
            }
            Matcher directive = DIRECTIVE.matcher(lines.get(i));
            if (!directive.find()) {
                continue;
            }
            String old = directive.group(2);
            String before = lines.get(i).substring(0, directive.start());
            String next = nextCode(lines, i);
            Matcher nextTable = next == null ? null : CREATE_TABLE.matcher(next);
            if (before.isBlank() && nextTable != null && nextTable.find()) {
                renames.add(old + "=" + lastPart(unquote(nextTable.group(1))));
            } else if (table != null) {
                String columnLine = before.isBlank() ? next : before;
                Matcher column = columnLine == null ? null : FIRST_IDENTIFIER.matcher(columnLine);
                if (column != null && column.find()) {
                    renames.add(table + "." + old + "=" + column.group(2));
                }
            }
        }
        return renames;
    }

    /** The next line that is not blank and not only a comment, or null. */
    private static String nextCode(List<String> lines, int from) {
        for (int j = from + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (!line.isBlank() && !line.strip().startsWith("--")) {
                return line;
            }
        }
        return null;
    }

    private static String unquote(String name) {
        return name.replaceAll("[\"`\\[\\]]", "");
    }

    private static String lastPart(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw ShaleException.usage("cannot read " + file + ": " + e.getMessage(), "check its permissions");
        }
    }
}
