package dev.shale.dialect.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a test fixture into statements at semicolons outside quotes and comments. Enough for
 * the fixtures (no DELIMITER, no BEGIN … END bodies); not the product's statement splitter.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> resource(String path) {
        try (InputStream in = SqlScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote == 0 && c == '-' && script.startsWith("-- ", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                continue;
            }
            if (quote != 0 && c == '\\' && quote != '`') {
                current.append(c).append(script.charAt(++i));
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"' || c == '`')) {
                quote = c;
            } else if (quote == c) {
                quote = 0;
            }
            if (quote == 0 && c == ';') {
                add(statements, current);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String sql = current.toString().trim();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
        current.setLength(0);
    }
}
