package dev.shale.dialect.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text form of a one-dimensional array as the server writes it ({@code array_out}):
 * {@code {a,"b c",NULL,"NULL","x\"y"}}. An element is double-quoted when it is empty, spells
 * NULL, or holds a quote, backslash, brace, comma or white space; inside quotes a backslash
 * escapes the next character; an unquoted NULL is the null element
 * (https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO).
 *
 * <p>The catalog queries select their name arrays cast to {@code text} and read them here: the
 * driver's {@code java.sql.Array} decoding costs several times more for the thousands of
 * constraints and indexes of a large schema.
 */
final class PostgresArrayText {
    private PostgresArrayText() {
    }

    /** The elements in order (null for NULL); an empty list for {@code {}} or a null text. */
    static List<String> elements(String text) {
        List<String> elements = new ArrayList<>();
        if (text == null) {
            return elements;
        }
        // A lower bound other than 1 is written first: [0:1]={a,b}.
        int i = text.startsWith("[") ? text.indexOf('=') + 1 : 0;
        if (i >= text.length() || text.charAt(i) != '{' || text.charAt(text.length() - 1) != '}') {
            throw new IllegalArgumentException("not a one-dimensional array: " + text);
        }
        i++;
        int end = text.length() - 1;
        if (i == end) {
            return elements;
        }
        StringBuilder element = new StringBuilder();
        while (true) {
            element.setLength(0);
            boolean quoted = i < end && text.charAt(i) == '"';
            if (quoted) {
                i++;
                while (text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    element.append(text.charAt(i));
                    i++;
                }
                i++;
            } else {
                int comma = text.indexOf(',', i);
                int stop = comma < 0 || comma > end ? end : comma;
                element.append(text, i, stop);
                i = stop;
                if (element.indexOf("{") >= 0) {
                    throw new IllegalArgumentException("not a one-dimensional array: " + text);
                }
            }
            elements.add(!quoted && element.toString().equalsIgnoreCase("NULL") ? null : element.toString());
            if (i >= end) {
                return elements;
            }
            if (text.charAt(i) != ',') {
                throw new IllegalArgumentException("unexpected " + text.charAt(i) + " in array " + text);
            }
            i++;
        }
    }

    /** The elements as strings; a null array reads as empty. */
    static List<String> strings(String text) {
        return List.copyOf(elements(text));
    }

    /** A boolean array ({@code t} / {@code f}); null elements read as false. */
    static boolean[] booleans(String text) {
        List<String> elements = elements(text);
        boolean[] values = new boolean[elements.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = "t".equals(elements.get(k));
        }
        return values;
    }
}
