package dev.shale.lint;

import dev.shale.ShaleException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the approvals of a migration file: {@code -- shale:approve RULE "reason"} lines. To the
 * migration runner they are plain comments; here a malformed one is an error (exit 2), so an
 * approval can never be silently ignored.
 */
final class Approvals {
    private static final Pattern APPROVE = Pattern.compile("^\\s*--\\s*shale:approve\\b(.*)$");
    private static final Pattern ARGUMENTS = Pattern.compile("^\\s+([A-Za-z]+\\d+)(?:\\s+\"([^\"]*)\")?\\s*$");
    private static final String FORM = "write it as -- shale:approve DS102 \"why this is safe here\"";

    private Approvals() {
    }

    static List<Approval> read(Path file, String text) {
        List<Approval> approvals = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher directive = APPROVE.matcher(lines[i]);
            if (directive.matches()) {
                approvals.add(parse(file, i + 1, directive.group(1)));
            }
        }
        return approvals;
    }

    private static Approval parse(Path file, int line, String arguments) {
        String where = file.getFileName() + ":" + line + ": ";
        Matcher m = ARGUMENTS.matcher(arguments);
        if (!m.matches()) {
            throw ShaleException.usage(where + "malformed approval '-- shale:approve" + arguments + "'", FORM);
        }
        String id = m.group(1);
        Rule rule = Rules.find(id).orElseThrow(() -> ShaleException.usage(where + "approval of unknown rule " + id,
                "the rules are " + String.join(", ", Rules.ALL.stream().map(Rule::id).toList())
                        + " (docs/lint-rules.md)"));
        String reason = m.group(2) == null ? "" : m.group(2).strip();
        if (reason.isEmpty()) {
            throw ShaleException.usage(where + "approval of " + rule.id() + " has no reason",
                    "an approval says why the finding is safe here, for the reviewer: " + FORM);
        }
        return new Approval(rule.id(), reason, file, line);
    }
}
