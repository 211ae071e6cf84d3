package dev.shale.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * The name of a schema-level object. {@code schema} is the namespace on PostgreSQL and null
 * where a connection sees one namespace (MySQL/MariaDB database, SQLite main). Names are
 * kept exactly as the catalog stores them (case included); quoting is the dialect's job.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    private static final Comparator<QualifiedName> ORDER = Comparator
            .comparing(QualifiedName::schema, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code schema.name}, or {@code name}; for messages, not for SQL (not quoted). */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
