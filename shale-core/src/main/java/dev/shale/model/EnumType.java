package dev.shale.model;

import java.util.List;

/** A named enum type (PostgreSQL {@code CREATE TYPE … AS ENUM}); values in their declared order. */
public record EnumType(QualifiedName name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }
}
