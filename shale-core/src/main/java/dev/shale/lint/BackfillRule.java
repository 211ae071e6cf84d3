package dev.shale.lint;

import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DS801: an UPDATE or DELETE without WHERE on a table that existed before the migration: every
 * row is locked in one transaction, replicas lag, and a failure rolls all of it back. The
 * effect on the schema says nothing about data, so this rule reads the statement.
 */
final class BackfillRule implements LintRule {
    private static final Pattern WHOLE_TABLE = Pattern.compile(
            "(?is)^\\s*(?:UPDATE|DELETE\\s+FROM)\\s+((?:[`\"\\[]?[\\w$]+[`\"\\]]?\\.)?[`\"\\[]?([\\w$]+)[`\"\\]]?)");
    private static final Pattern WHERE = Pattern.compile("(?is)\\bWHERE\\b");

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (StatementEffect effect : context.effect().statements()) {
            Matcher m = WHOLE_TABLE.matcher(effect.statement().sql());
            if (m.find() && !WHERE.matcher(effect.statement().sql()).find() && existed(context, m.group(2))) {
                findings.add(context.finding(Rules.UNBATCHED_BACKFILL, effect.statement(), "changes every row of "
                        + m.group(1) + " in one statement and one transaction", Optional.empty()));
            }
        }
        return findings;
    }

    private static boolean existed(LintContext context, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return context.effect().before().tables().stream().map(Table::name)
                .anyMatch(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
