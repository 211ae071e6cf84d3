package dev.shale.dialect.postgres;

import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sequences of {@code serial} columns in a schema model. The inspector hides such a
 * sequence (see {@link PostgresSequenceReader}) and keeps the column's
 * {@code nextval('s.seq'::regclass)} default; these are the defaults whose sequence is not in
 * the model's sequences. Whoever creates such a column creates the sequence {@code AS} the
 * column's type before it and makes the column own it after, which is what {@code serial} does.
 * https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL
 */
final class SerialSequences {
    private static final Set<String> SERIAL_TYPES = Set.of("smallint", "integer", "bigint");

    /** The column that owns a serial sequence. */
    record Owner(Table table, Column column) {
    }

    private final PostgresNames names;
    private final Map<QualifiedName, Owner> owners;
    private final Set<QualifiedName> standalone;

    SerialSequences(PostgresNames names, DatabaseSchema schema) {
        this.names = names;
        this.standalone = schema.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        this.owners = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                PostgresNames.nextvalSequence(column.defaultValue()).filter(s -> !standalone.contains(s))
                        .ifPresent(s -> owners.putIfAbsent(s, new Owner(table, column)));
            }
        }
    }

    Map<QualifiedName, Owner> owners() {
        return owners;
    }

    /** The serial sequence a column's default draws from, if it is one in this schema. */
    Optional<QualifiedName> of(Column column) {
        return PostgresNames.nextvalSequence(column.defaultValue()).filter(owners::containsKey);
    }

    /** True when the sequence exists in this schema, serial or standalone. */
    boolean exists(QualifiedName sequence) {
        return owners.containsKey(sequence) || standalone.contains(sequence);
    }

    String create(QualifiedName sequence, Column owner) {
        return "CREATE SEQUENCE " + names.qualified(sequence) + typeClause(owner.type());
    }

    /** Keeps a serial sequence's type in step with its column, as the inspector expects. */
    Optional<String> retype(QualifiedName sequence, String columnType) {
        return SERIAL_TYPES.contains(columnType)
                ? Optional.of("ALTER SEQUENCE " + names.qualified(sequence) + typeClause(columnType))
                : Optional.empty();
    }

    String ownedBy(QualifiedName sequence, QualifiedName table, Column column) {
        return "ALTER SEQUENCE " + names.qualified(sequence) + " OWNED BY " + names.qualified(table) + "."
                + names.quote(column.name());
    }

    private static String typeClause(String type) {
        return SERIAL_TYPES.contains(type) ? " AS " + type : "";
    }
}
