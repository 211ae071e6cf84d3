package dev.shale.codegen;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The simple name of every generated top-level type: enum types first, then tables, each in
 * the model's order, so the same schema always gives the same names. A name already taken
 * (compared without case, for case-insensitive file systems) is prefixed with its schema, then
 * numbered; a name that would hide a type the generated code uses gets a suffix.
 */
final class TypeNames {
    /** Simple names the generated code refers to: a generated type of that name would hide them. */
    static final Set<String> USED_BY_GENERATED_CODE = Set.of("String", "Object", "Override", "Integer", "Long",
            "Short", "Byte", "Boolean", "Double", "Float", "Record", "Enum", "Class", "List", "Optional",
            "BigDecimal", "BigInteger", "UUID", "LocalDate", "LocalTime", "LocalDateTime", "OffsetTime",
            "OffsetDateTime", "IllegalArgumentException", "Columns");

    private final Map<QualifiedName, String> enums = new TreeMap<>();
    private final Map<QualifiedName, String> tables = new TreeMap<>();

    TypeNames(DatabaseSchema schema) {
        Set<String> taken = new HashSet<>();
        for (EnumType type : schema.enums()) {
            enums.put(type.name(), claim(type.name(), "Type", taken));
        }
        for (Table table : schema.tables()) {
            tables.put(table.name(), claim(table.name(), "Row", taken));
        }
    }

    String enumName(QualifiedName type) {
        return enums.get(type);
    }

    String tableName(QualifiedName table) {
        return tables.get(table);
    }

    private static String claim(QualifiedName name, String suffix, Set<String> taken) {
        String simple = JavaNames.type(name.name());
        if (USED_BY_GENERATED_CODE.contains(simple)) {
            simple += suffix;
        }
        List<String> candidates = name.schema() == null ? List.of(simple)
                : List.of(simple, JavaNames.type(name.schema()) + simple);
        for (String candidate : candidates) {
            if (taken.add(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        for (int n = 2; ; n++) {
            String numbered = candidates.get(candidates.size() - 1) + n;
            if (taken.add(numbered.toLowerCase(Locale.ROOT))) {
                return numbered;
            }
        }
    }
}
