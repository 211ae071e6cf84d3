package dev.shale.config;

import dev.shale.ConfigurationException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in configuration values with
 * environment variables, so URLs with secrets stay out of shale.toml. {@code $${} writes a
 * literal {@code ${}.
 */
public final class Interpolation {
    private static final Pattern REFERENCE =
            Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> variables;

    public Interpolation(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /**
     * @param where the configuration key the text comes from, named in errors
     */
    public String apply(String text, String where) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$${")) {
                replacement = "${";
            } else {
                String value = variables.get(m.group(1));
                if (value == null || value.isEmpty() && m.group(2) != null) {
                    value = m.group(2);
                }
                if (value == null) {
                    throw new ConfigurationException(
                            "environment variable " + m.group(1) + " is not set (used by " + where + ")",
                            "export " + m.group(1) + ", or give a default: ${" + m.group(1) + ":-value}");
                }
                replacement = value;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
