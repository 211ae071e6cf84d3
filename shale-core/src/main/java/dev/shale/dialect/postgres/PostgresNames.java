package dev.shale.dialect.postgres;

import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads PostgreSQL names: quoting of qualified names for DDL, and the sequence
 * named by a {@code nextval('schema.seq'::regclass)} default, in the regclass text form whose
 * parts are double-quoted only where needed
 * (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS).
 */
final class PostgresNames {
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('((?:[^']|'')+)'::regclass\\)$");
    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");

    private final PostgresDialect dialect;

    PostgresNames(PostgresDialect dialect) {
        this.dialect = dialect;
    }

    String quote(String identifier) {
        return dialect.quote(identifier);
    }

    String qualified(QualifiedName name) {
        return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }

    /** Appends {@link #quote}'s form of {@code identifier}: the same text, without a string of its own. */
    StringBuilder appendQuoted(StringBuilder sql, String identifier) {
        return identifier.indexOf('"') < 0 ? sql.append('"').append(identifier).append('"')
                : sql.append(quote(identifier));
    }

    /** Appends {@link #qualified}'s form of {@code name}. */
    StringBuilder appendQualified(StringBuilder sql, QualifiedName name) {
        if (name.schema() != null) {
            appendQuoted(sql, name.schema()).append('.');
        }
        return appendQuoted(sql, name.name());
    }

    /** The ways a name can appear in deparsed SQL: as is when it needs no quotes, and always quoted. */
    List<String> spellings(String identifier) {
        return SIMPLE.matcher(identifier).matches() ? List.of(identifier, quote(identifier))
                : List.of(quote(identifier));
    }

    /** The sequence a {@code nextval('…'::regclass)} default draws from, if that is what the default is. */
    static Optional<QualifiedName> nextvalSequence(String defaultValue) {
        // Asked for every column of a schema: most defaults are not nextval calls at all.
        Matcher matcher = defaultValue == null || !defaultValue.startsWith("nextval(") ? null
                : NEXTVAL.matcher(defaultValue);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        List<String> parts = identifierChain(matcher.group(1).replace("''", "'"));
        return switch (parts.size()) {
            case 1 -> Optional.of(QualifiedName.of(null, parts.get(0)));
            case 2 -> Optional.of(QualifiedName.of(parts.get(0), parts.get(1)));
            default -> Optional.empty();
        };
    }

    /** Splits {@code a."B c".d} into its identifiers, undoing double-quote escaping. */
    static List<String> identifierChain(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                current.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** A string literal, for comments: single quotes doubled (standard_conforming_strings is on). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
