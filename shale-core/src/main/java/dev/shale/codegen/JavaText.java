package dev.shale.codegen;

/**
 * Database text inside generated Java source: string literals, and comments that a name or
 * a value cannot end early or turn into a unicode escape.
 */
final class JavaText {
    private JavaText() {
    }

    /** {@code "text"} with quotes, backslashes and control characters escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c));
            }
        });
        return out.append('"').toString();
    }

    /**
     * Text for a comment: a backslash is doubled so that {@code \\u} is never read as a unicode
     * escape (JLS 3.3, which applies inside comments too), {@code *}{@code /} cannot close the
     * comment, and line breaks become spaces.
     */
    static String comment(String text) {
        return text.replace("\\", "\\\\").replace("*/", "*\\/").replaceAll("[\\r\\n\\u2028\\u2029]", " ");
    }
}
