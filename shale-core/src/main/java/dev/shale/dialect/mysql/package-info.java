/**
 * MySQL 8 and MariaDB: connection, catalog inspection ({@link dev.shale.dialect.mysql.MysqlInspector}),
 * DDL rendering ({@link dev.shale.dialect.mysql.MysqlDdlRenderer}) and migration planning
 * ({@link dev.shale.dialect.mysql.MysqlPlanner}: one ALTER TABLE per change, several changes in
 * one statement only where the server refuses them apart, see {@code MysqlTableAlteration}).
 *
 * <p>How the model represents MySQL, which the diff engine follows:
 * <ul>
 *   <li>Names exactly as the catalog stores them (case kept); {@code QualifiedName.schema} is
 *       null except for a foreign key to a table in another database.</li>
 *   <li>Column types: {@link dev.shale.dialect.mysql.MysqlTypes} (lower case, aliases resolved,
 *       integer display widths dropped except {@code tinyint(1)} and ZEROFILL, unsigned kept,
 *       inline {@code enum(…)}/{@code set(…)} as the type). MariaDB's JSON alias is {@code json}
 *       without its implicit collation and json_valid check. Column attributes the model has no
 *       field for follow the type: {@code on update current_timestamp(n)}, then {@code invisible}.</li>
 *   <li>Defaults: {@link dev.shale.dialect.mysql.MysqlDefaults} — null for none and for
 *       DEFAULT NULL; quoted literals; bare numbers; {@code current_timestamp(n)}; other
 *       expressions in one pair of parentheses.</li>
 *   <li>Column collation only when it differs from the table's; a table's engine, charset and
 *       collation always in {@code Table.options} (plus {@code system_versioning}).</li>
 *   <li>Primary key name null. A unique B-tree index on plain ascending whole columns is a
 *       {@code UniqueConstraint}; other unique indexes are {@code Index(unique = true)}.</li>
 *   <li>The index the server adds for a foreign key is listed as an ordinary index (the renderer
 *       creates it before the foreign key, which then reuses it).</li>
 *   <li>Foreign key RESTRICT = NO ACTION (identical in InnoDB).</li>
 *   <li>Checks and generated expressions without outer parentheses; MariaDB column-level checks
 *       are table checks of the same name.</li>
 *   <li>View definitions without the database qualifier, a CHECK OPTION appended.</li>
 * </ul>
 */
package dev.shale.dialect.mysql;
