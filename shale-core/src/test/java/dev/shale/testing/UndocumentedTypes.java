package dev.shale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds public top-level types without a Javadoc comment directly before their declaration
 * (annotations may stand in between), in a source tree such as {@code src/main/java}.
 */
public final class UndocumentedTypes {
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");

    private UndocumentedTypes() {
    }

    /** The files (relative to {@code root}) whose public top-level type has no Javadoc, sorted. */
    public static List<String> in(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java")
                            && !f.getFileName().toString().equals("module-info.java"))
                    .filter(f -> !documented(read(f)))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the file has no public top-level type, or its declaration has a Javadoc comment. */
    static boolean documented(String source) {
        Matcher type = PUBLIC_TYPE.matcher(source);
        if (!type.find()) {
            return true;
        }
        String before = withoutAnnotations(source.substring(0, type.start()));
        if (!before.endsWith("*/")) {
            return false;
        }
        int open = before.lastIndexOf("/*");
        return open >= 0 && before.startsWith("/**", open) && !before.startsWith("/**/", open);
    }

    /** Strips trailing annotations ({@code @Name} or {@code @Name(...)}) and whitespace. */
    private static String withoutAnnotations(String text) {
        String rest = text.stripTrailing();
        while (true) {
            int end = rest.length();
            if (rest.endsWith(")")) {
                end = openingParenthesis(rest);
                if (end < 0) {
                    return rest;
                }
            }
            int name = end;
            while (name > 0 && (Character.isJavaIdentifierPart(rest.charAt(name - 1)) || rest.charAt(name - 1) == '.')) {
                name--;
            }
            if (name == end || name == 0 || rest.charAt(name - 1) != '@') {
                return rest;
            }
            rest = rest.substring(0, name - 1).stripTrailing();
        }
    }

    /** Index of the '(' matching the final ')', skipping string and character literals; -1 if none. */
    private static int openingParenthesis(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalStart(text, i, c);
            } else if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int literalStart(String text, int end, char quote) {
        for (int i = end - 1; i >= 0; i--) {
            if (text.charAt(i) == quote) {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
