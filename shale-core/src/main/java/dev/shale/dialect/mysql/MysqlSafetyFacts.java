package dev.shale.dialect.mysql;

import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import dev.shale.model.Column;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What schema changes cost on a live InnoDB table (MySQL 8.0 "Online DDL Operations",
 * https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html, and MariaDB's
 * https://mariadb.com/kb/en/innodb-online-ddl-operations-with-the-instant-alter-algorithm/).
 * Every ALTER takes a brief exclusive metadata lock; the ones that copy the table
 * (ALGORITHM=COPY) block writes for the whole copy, and MariaDB 10.11 has no online COPY.
 */
final class MysqlSafetyFacts implements SafetyFacts {
    private static final LockFact METADATA = new LockFact("exclusive metadata lock (brief)",
            "queries queued behind it while it waits");
    private static final LockFact COPY = new LockFact("shared lock for the table copy (ALGORITHM=COPY)", "writes");
    /** A statement that asked for an online algorithm and ran: the server refuses one it cannot keep. */
    private static final Pattern ONLINE = Pattern.compile("(?is)\\bALGORITHM\\s*=?\\s*(INSTANT|INPLACE|NOCOPY)\\b");
    /** SET [SESSION] lock_wait_timeout = seconds (also @@lock_wait_timeout, @@session.lock_wait_timeout). */
    private static final Pattern SET_LOCK_WAIT = Pattern.compile(
            "(?is)^\\s*SET\\s+(?:SESSION\\s+|@@(?:SESSION\\.)?)?lock_wait_timeout\\s*(?:=|:=)\\s*(\\d+)\\s*;?\\s*$");
    private static final Pattern VARCHAR = Pattern.compile("^varchar\\((\\d+)\\)$");
    /** utf8mb4 needs 4 bytes a character: above 63 characters the length prefix grows to two bytes. */
    private static final int ONE_BYTE_PREFIX_CHARS = 63;
    private static final List<List<String>> WIDENING = List.of(List.of("tinyint", "smallint"), List.of("tinyint", "int"),
            List.of("tinyint", "bigint"), List.of("smallint", "int"), List.of("smallint", "bigint"),
            List.of("mediumint", "int"), List.of("mediumint", "bigint"), List.of("int", "bigint"),
            List.of("float", "double"), List.of("text", "mediumtext"), List.of("text", "longtext"),
            List.of("mediumtext", "longtext"));

    @Override
    public Optional<LockFact> lock(Change change) {
        return Optional.of(copiesTable(change, "").isPresent() ? COPY : METADATA);
    }

    /** Every ALTER of an existing table waits for an exclusive metadata lock, and queries queue behind it. */
    @Override
    public boolean queuesTrafficWhileWaiting(Change change) {
        return true;
    }

    /** https://mariadb.com/kb/en/server-system-variables/#lock_wait_timeout (seconds; 0 means no wait at all). */
    @Override
    public Optional<Duration> lockWaitBound(String statement) {
        var set = SET_LOCK_WAIT.matcher(statement);
        return set.matches() ? Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(set.group(1)))))
                : Optional.empty();
    }

    /** Rough rates of an InnoDB server on SSDs; estimates are order-of-magnitude only. */
    @Override
    public long bytesPerSecond(WorkKind kind) {
        return switch (kind) {
            case REWRITE -> 20 * 1024L * 1024;
            case SCAN -> 100 * 1024L * 1024;
            case INDEX_BUILD -> 30 * 1024L * 1024;
        };
    }

    /** A table copy blocks writes for its whole length; in-place rebuilds and index builds let DML run. */
    @Override
    public Optional<Work> work(Change change, String statement) {
        if (copiesTable(change, statement).isPresent()) {
            return Optional.of(new Work(WorkKind.REWRITE, true));
        }
        if (change instanceof Change.AddIndex || change instanceof Change.AddUnique) {
            return Optional.of(new Work(WorkKind.INDEX_BUILD, false));
        }
        boolean rebuilds = change instanceof Change.AddPrimaryKey || change instanceof Change.AlterColumn alter
                && alter.what().contains(Change.ColumnAspect.NULLABILITY);
        return rebuilds ? Optional.of(new Work(WorkKind.REWRITE, false)) : Optional.empty();
    }

    @Override
    public Optional<TypeChange> typeChange(Column from, Column to) {
        if (from.type().equals(to.type())) {
            return Optional.empty();
        }
        boolean inPlace = widensVarcharInPlace(from.type(), to.type());
        boolean loses = !inPlace && !WIDENING.contains(List.of(from.type(), to.type()))
                && !(varcharLength(from.type()) > 0 && varcharLength(to.type()) >= varcharLength(from.type()));
        String why = inPlace ? "a VARCHAR that grows within the same length prefix is changed in place"
                : "changing a column's type copies the table (ALGORITHM=COPY) and blocks writes meanwhile";
        return Optional.of(new TypeChange(!inPlace, loses, why));
    }

    @Override
    public Optional<String> copiesTable(Change change, String statement) {
        if (ONLINE.matcher(statement).find()) {
            return Optional.empty();
        }
        if (change instanceof Change.AlterColumn alter && alter.what().contains(Change.ColumnAspect.TYPE)) {
            return typeChange(alter.from(), alter.to()).filter(TypeChange::rewrites).map(TypeChange::why);
        }
        if (change instanceof Change.AddColumn add && add.column().generated() != null
                && add.column().generated().stored()) {
            return Optional.of("adding a STORED generated column copies the table");
        }
        if (change instanceof Change.AddColumn add && add.column().identity() != null) {
            return Optional.of("adding an AUTO_INCREMENT column rebuilds the table and blocks writes");
        }
        if (change instanceof Change.AddForeignKey) {
            return Optional.of("adding a foreign key with foreign_key_checks on copies the table");
        }
        if (change instanceof Change.AddCheck) {
            return Optional.of("adding an enforced CHECK checks every row and blocks writes meanwhile");
        }
        if (change instanceof Change.DropPrimaryKey) {
            return Optional.of("dropping the primary key copies the table");
        }
        return Optional.empty();
    }

    private static boolean widensVarcharInPlace(String from, String to) {
        int source = varcharLength(from);
        int target = varcharLength(to);
        return source > 0 && target >= source
                && (source <= ONE_BYTE_PREFIX_CHARS) == (target <= ONE_BYTE_PREFIX_CHARS);
    }

    private static int varcharLength(String type) {
        var m = VARCHAR.matcher(type);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
