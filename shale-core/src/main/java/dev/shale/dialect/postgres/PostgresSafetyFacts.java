package dev.shale.dialect.postgres;

import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import dev.shale.model.Column;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What schema changes cost on a live PostgreSQL table. Lock levels from the "Explicit Locking"
 * chapter and the ALTER TABLE notes (https://www.postgresql.org/docs/current/explicit-locking.html,
 * https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES); rewrites
 * from {@link TypeConversion}.
 */
final class PostgresSafetyFacts implements SafetyFacts {
    private static final LockFact ACCESS_EXCLUSIVE = new LockFact("ACCESS EXCLUSIVE", "reads and writes");
    private static final LockFact SHARE = new LockFact("SHARE", "writes");
    private static final LockFact SHARE_ROW_EXCLUSIVE =
            new LockFact("SHARE ROW EXCLUSIVE on both tables", "writes on both tables");
    private static final Pattern CONCURRENTLY =
            Pattern.compile("(?is)\\b(?:CREATE\\s+(?:UNIQUE\\s+)?INDEX|DROP\\s+INDEX)\\s+CONCURRENTLY\\b");
    private static final Pattern NOT_VALID = Pattern.compile("(?is)\\bNOT\\s+VALID\\b");
    /** Conversions that keep every value: the target holds all of the source's values exactly. */
    private static final List<List<String>> WIDENING = List.of(
            List.of("smallint", "integer"), List.of("smallint", "bigint"), List.of("integer", "bigint"),
            List.of("smallint", "numeric"), List.of("integer", "numeric"), List.of("bigint", "numeric"),
            List.of("real", "double precision"),
            List.of("timestamp without time zone", "timestamp with time zone"));
    private static final Pattern VARCHAR = Pattern.compile("^character varying(?:\\((\\d+)\\))?$");
    /** SET [SESSION | LOCAL] lock_timeout { = | TO } value; a bare number is milliseconds. */
    private static final Pattern SET_LOCK_TIMEOUT = Pattern.compile(
            "(?is)^\\s*SET\\s+(?:SESSION\\s+|LOCAL\\s+)?lock_timeout\\s*(?:=|\\bTO\\b)\\s*'?\\s*(\\w+?)\\s*(ms|s|min|h|d)?\\s*'?\\s*;?\\s*$");

    @Override
    public Optional<LockFact> lock(Change change) {
        if (change instanceof Change.AddIndex) {
            return Optional.of(SHARE);
        }
        return Optional.of(change instanceof Change.AddForeignKey ? SHARE_ROW_EXCLUSIVE : ACCESS_EXCLUSIVE);
    }

    @Override
    public boolean queuesTrafficWhileWaiting(Change change) {
        return lock(change).filter(ACCESS_EXCLUSIVE::equals).isPresent();
    }

    /** https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT: 0 or DEFAULT disables it. */
    @Override
    public Optional<Duration> lockWaitBound(String statement) {
        var set = SET_LOCK_TIMEOUT.matcher(statement);
        if (!set.matches()) {
            return Optional.empty();
        }
        if (!set.group(1).chars().allMatch(Character::isDigit)) {
            return Optional.of(Duration.ZERO);
        }
        long amount = Long.parseLong(set.group(1));
        String unit = set.group(2) == null ? "ms" : set.group(2).toLowerCase(java.util.Locale.ROOT);
        return Optional.of(switch (unit) {
            case "s" -> Duration.ofSeconds(amount);
            case "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofMillis(amount);
        });
    }

    @Override
    public Optional<TypeChange> typeChange(Column from, Column to) {
        if (from.type().equals(to.type())) {
            return Optional.empty();
        }
        boolean rewrites = TypeConversion.rewrites(from.type(), to.type());
        boolean loses = !keepsEveryValue(from.type(), to.type());
        String why = rewrites ? "PostgreSQL rewrites the table and rebuilds its indexes for " + from.type()
                + " → " + to.type() : "a binary-coercible change: no rewrite, but a brief ACCESS EXCLUSIVE lock";
        return Optional.of(new TypeChange(rewrites, loses, why));
    }

    private static boolean keepsEveryValue(String from, String to) {
        if (to.equals("text") && TypeConversion.isString(from) || WIDENING.contains(List.of(from, to))) {
            return true;
        }
        var source = VARCHAR.matcher(from);
        var target = VARCHAR.matcher(to);
        if (source.matches() && target.matches()) {
            return target.group(1) == null
                    || source.group(1) != null && Integer.parseInt(target.group(1)) >= Integer.parseInt(source.group(1));
        }
        return false;
    }

    /** Rough rates of a PostgreSQL server on SSDs; estimates are order-of-magnitude only. */
    @Override
    public long bytesPerSecond(WorkKind kind) {
        return switch (kind) {
            case REWRITE -> 50 * 1024L * 1024;
            case SCAN -> 200 * 1024L * 1024;
            case INDEX_BUILD -> 30 * 1024L * 1024;
        };
    }

    @Override
    public Optional<Work> work(Change change, String statement) {
        if (change instanceof Change.AlterColumn alter) {
            if (alter.what().contains(Change.ColumnAspect.TYPE) && TypeConversion.rewrites(alter.from().type(),
                    alter.to().type())) {
                return Optional.of(new Work(WorkKind.REWRITE, true));
            }
            // SET NOT NULL scans every row under ACCESS EXCLUSIVE (unless a validated CHECK proves it)
            boolean setNotNull = alter.what().contains(Change.ColumnAspect.NULLABILITY) && !alter.to().nullable();
            return setNotNull ? Optional.of(new Work(WorkKind.SCAN, true)) : Optional.empty();
        }
        if (change instanceof Change.AddColumn add && add.column().generated() != null) {
            return Optional.of(new Work(WorkKind.REWRITE, true));
        }
        if (change instanceof Change.AddIndex) {
            return Optional.of(new Work(WorkKind.INDEX_BUILD, !isConcurrentIndexStatement(statement)));
        }
        if (change instanceof Change.AddUnique || change instanceof Change.AddPrimaryKey) {
            return Optional.of(new Work(WorkKind.INDEX_BUILD, true));
        }
        if ((change instanceof Change.AddCheck || change instanceof Change.AddForeignKey) && !skipsValidation(statement)) {
            return Optional.of(new Work(WorkKind.SCAN, true));
        }
        return Optional.empty();
    }

    @Override
    public boolean offersConcurrentIndexBuild() {
        return true;
    }

    @Override
    public boolean isConcurrentIndexStatement(String statement) {
        return CONCURRENTLY.matcher(statement).find();
    }

    @Override
    public boolean offersUnvalidatedConstraints() {
        return true;
    }

    @Override
    public boolean skipsValidation(String statement) {
        return NOT_VALID.matcher(statement).find();
    }

    @Override
    public boolean validatesConstraint(String statement, String name) {
        return Pattern.compile("\\bVALIDATE\\s+CONSTRAINT\\s+\"?" + Pattern.quote(name) + "\"?(\\s|;|$)",
                Pattern.CASE_INSENSITIVE).matcher(statement).find();
    }

    /** Since PostgreSQL 12, SET NOT NULL skips its scan when a valid CHECK constraint proves it. */
    @Override
    public boolean notNullTrustsValidatedCheck() {
        return true;
    }
}
