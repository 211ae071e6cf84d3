package dev.shale.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns database names into Java names: {@code order_items} → type {@code OrderItems}, field
 * {@code orderItems}, constant {@code ORDER_ITEMS}. Letters and digits of any script are kept
 * where Java allows them; everything else separates words. Names that Java reserves get a
 * trailing underscore ({@code class} → {@code class_}).
 */
public final class JavaNames {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

    // A record component may not have the name of a method of Object (JLS 8.10.1).
    private static final Set<String> OBJECT_METHODS = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");

    private JavaNames() {
    }

    /** A field or record component name: lower camel case. */
    public static String field(String databaseName) {
        String name = camel(databaseName);
        return KEYWORDS.contains(name) || OBJECT_METHODS.contains(name) ? name + "_" : name;
    }

    private static String camel(String databaseName) {
        StringBuilder out = new StringBuilder();
        for (String word : words(databaseName)) {
            String w = isUpper(word) ? word.toLowerCase(Locale.ROOT) : word;
            out.append(out.length() == 0 ? lowerFirst(w) : upperFirst(w));
        }
        return startable(out.toString(), "empty");
    }

    /** A type name: upper camel case. */
    public static String type(String databaseName) {
        StringBuilder out = new StringBuilder();
        for (String word : words(databaseName)) {
            out.append(upperFirst(isUpper(word) ? word.toLowerCase(Locale.ROOT) : word));
        }
        return startable(out.toString(), "Empty");
    }

    /** A constant name: upper snake case, words also split where their case changes ({@code createdAt}). */
    public static String constant(String databaseName) {
        StringBuilder out = new StringBuilder();
        for (String word : words(databaseName)) {
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                boolean hump = i > 0 && Character.isUpperCase(cp) && Character.isLowerCase(word.codePointBefore(i));
                if (out.length() > 0 && (i == 0 || hump)) {
                    out.append('_');
                }
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return startable(out.toString().toUpperCase(Locale.ROOT), "EMPTY");
    }

    /** Whether {@code name} is a valid Java package name. */
    public static boolean isPackage(String name) {
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || KEYWORDS.contains(part) || !Character.isJavaIdentifierStart(part.codePointAt(0))
                    || !part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (cp != '_' && cp != '$' && Character.isJavaIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** A name that may start a Java identifier: one starting with a digit gets a leading underscore. */
    private static String startable(String name, String whenEmpty) {
        if (name.isEmpty()) {
            return whenEmpty;
        }
        return Character.isJavaIdentifierStart(name.codePointAt(0)) ? name : "_" + name;
    }

    private static boolean isUpper(String word) {
        return word.codePoints().noneMatch(Character::isLowerCase) && word.codePoints().anyMatch(Character::isUpperCase);
    }

    private static String lowerFirst(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }

    private static String upperFirst(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }
}
