package dev.shale.compare;

import dev.shale.db.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short message {@code shale compare --notify} posts when promoting SOURCE to TARGET would
 * break something: both sides by name, the number of breaking differences and each in words. A side
 * given as a database URL is not named (its host is nobody's business in a chat channel).
 */
public final class CompareAlert {
    /** Breaking differences listed; a channel message is read, not searched. */
    static final int LINES = 10;
    private static final Pattern URL = Pattern.compile("^(jdbc:|sqlite:|[a-z][a-z0-9+.-]*://)");

    private CompareAlert() {
    }

    /** The message, or empty when nothing breaks. */
    public static Optional<String> text(ComparisonReport report) {
        List<Difference> breaking = report.worstFirst().stream()
                .filter(d -> d.classification() == Classification.BREAKING).toList();
        if (breaking.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Shale compare: promoting " + side(report.source()) + " to " + side(report.target()) + " has "
                + breaking.size() + (breaking.size() == 1 ? " breaking difference" : " breaking differences")
                + " (of " + report.differences().count() + ")");
        breaking.stream().limit(LINES).forEach(d -> lines.add("• " + words(d)));
        if (breaking.size() > LINES) {
            lines.add("• … and " + (breaking.size() - LINES) + " more ('shale compare' shows them all)");
        }
        return Optional.of(DatabaseUrl.redact(String.join("\n", lines)));
    }

    /** E.g. {@code column users.name dropped (DS102)}. */
    static String words(Difference d) {
        String object = d.object().equals("table") || d.name().equals(d.table())
                ? d.object() + " " + d.table() : d.object() + " " + d.table() + "." + d.name();
        String rules = String.join(", ", d.findings().stream().map(RuleFinding::rule).distinct().toList());
        return object + " " + d.action() + (rules.isEmpty() ? "" : " (" + rules + ")");
    }

    private static String side(String label) {
        return URL.matcher(label).find() ? "a database given by URL" : label;
    }
}
