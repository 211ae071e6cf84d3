package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server an inspection talks to: product (MariaDB or MySQL), version, and the current
 * database. The few catalog differences between the two products are decided from this
 * record, nowhere else.
 */
record MysqlServer(boolean mariadb, int major, int minor, int patch, String database) {
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

    static MysqlServer read(CatalogReader catalog) throws SQLException {
        return catalog.query("SELECT VERSION(), DATABASE()",
                row -> parse(row.getString(1), row.getString(2))).get(0);
    }

    /** @param version as {@code SELECT VERSION()} reports it, e.g. {@code 10.11.6-MariaDB-0+deb12u1} or {@code 8.0.36} */
    static MysqlServer parse(String version, String database) {
        Matcher m = VERSION.matcher(version);
        boolean mariadb = version.toLowerCase().contains("mariadb");
        if (!m.find()) {
            return new MysqlServer(mariadb, 0, 0, 0, database);
        }
        return new MysqlServer(mariadb, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), database);
    }

    boolean atLeast(int wantMajor, int wantMinor, int wantPatch) {
        if (major != wantMajor) {
            return major > wantMajor;
        }
        if (minor != wantMinor) {
            return minor > wantMinor;
        }
        return patch >= wantPatch;
    }

    /**
     * information_schema.CHECK_CONSTRAINTS exists on MariaDB 10.2.22+ and MySQL 8.0.16+
     * (https://mariadb.com/kb/en/information-schema-check_constraints-table/).
     */
    boolean hasCheckConstraints() {
        return mariadb ? atLeast(10, 2, 22) : atLeast(8, 0, 16);
    }

    /**
     * Functional key parts (STATISTICS.EXPRESSION) exist on MySQL 8.0.13+ only
     * (https://dev.mysql.com/doc/refman/8.0/en/create-index.html#create-index-functional-key-parts).
     */
    boolean hasIndexExpressions() {
        return !mariadb && atLeast(8, 0, 13);
    }

    /** CREATE SEQUENCE is MariaDB's (10.3+); MySQL has none. */
    boolean hasSequences() {
        return mariadb && atLeast(10, 3, 0);
    }
}
