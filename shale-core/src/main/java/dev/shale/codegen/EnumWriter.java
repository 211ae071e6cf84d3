package dev.shale.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a Java enum for a database enum: one constant per value, in the declared order, with
 * a valid constant name and the database value kept in a field ({@code value()},
 * {@code fromValue(String)}), since values such as {@code in progress} or {@code 1st} are not
 * Java names.
 */
final class EnumWriter {
    private EnumWriter() {
    }

    /**
     * @param indent    the indentation of the declaration ({@code ""} top level, four spaces nested)
     * @param modifiers {@code "public"} or {@code "public static"}
     */
    static void write(StringBuilder out, String indent, String modifiers, String name, List<String> values) {
        out.append(indent).append(modifiers).append(" enum ").append(name).append(" {\n");
        Set<String> constants = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String constant = unique(JavaNames.constant(values.get(i)), constants);
            out.append(indent).append("    ").append(constant).append('(').append(JavaText.literal(values.get(i)))
                    .append(')').append(i == values.size() - 1 ? ";" : ",").append('\n');
        }
        if (values.isEmpty()) {
            out.append(indent).append("    ;\n");
        }
        String in = indent + "    ";
        out.append('\n')
                .append(in).append("private final String value;\n\n")
                .append(in).append(name).append("(String value) {\n")
                .append(in).append("    this.value = value;\n")
                .append(in).append("}\n\n")
                .append(in).append("/** The value as the database stores it. */\n")
                .append(in).append("public String value() {\n")
                .append(in).append("    return value;\n")
                .append(in).append("}\n\n")
                .append(in).append("/** The constant whose database value is {@code value}. */\n")
                .append(in).append("public static ").append(name).append(" fromValue(String value) {\n")
                .append(in).append("    for (").append(name).append(" constant : values()) {\n")
                .append(in).append("        if (constant.value.equals(value)) {\n")
                .append(in).append("            return constant;\n")
                .append(in).append("        }\n")
                .append(in).append("    }\n")
                .append(in).append("    throw new IllegalArgumentException(\"no ").append(name)
                .append(" has the database value \" + value);\n")
                .append(in).append("}\n")
                .append(indent).append("}\n");
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
