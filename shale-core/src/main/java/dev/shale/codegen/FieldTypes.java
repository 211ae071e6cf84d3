package dev.shale.codegen;

import dev.shale.model.EnumType;
import java.util.List;
import java.util.Set;

/**
 * Writes the declared Java type of a column and collects the imports it needs: primitives for
 * NOT NULL columns, boxed types for nullable ones, or {@code Optional<T>} when asked.
 */
final class FieldTypes {
    private final JavaTypeMapper mapper;
    private final List<EnumType> enums;
    private final TypeNames names;
    private final boolean optional;

    FieldTypes(JavaTypeMapper mapper, List<EnumType> enums, TypeNames names, boolean optional) {
        this.mapper = mapper;
        this.enums = enums;
        this.names = names;
        this.optional = optional;
    }

    JavaType map(String columnType) {
        return mapper.map(columnType, enums);
    }

    /** @param nestedEnum the nested enum's name for an inline enum column */
    String declared(JavaType type, boolean nullable, String nestedEnum, Set<String> imports) {
        if (nullable && optional) {
            imports.add("java.util.Optional");
            return "Optional<" + boxed(type, nestedEnum, imports) + ">";
        }
        if (!nullable && type instanceof JavaType.Plain plain) {
            addImport(plain, imports);
            return plain.name();
        }
        return boxed(type, nestedEnum, imports);
    }

    private String boxed(JavaType type, String nestedEnum, Set<String> imports) {
        if (type instanceof JavaType.Plain plain) {
            addImport(plain, imports);
            return plain.boxed();
        }
        if (type instanceof JavaType.ListOf list) {
            imports.add("java.util.List");
            return "List<" + boxed(list.element(), nestedEnum, imports) + ">";
        }
        if (type instanceof JavaType.NamedEnum named) {
            return names.enumName(named.type());
        }
        if (type instanceof JavaType.InlineEnum) {
            return nestedEnum;
        }
        return "String";
    }

    private static void addImport(JavaType.Plain plain, Set<String> imports) {
        if (plain.importName() != null) {
            imports.add(plain.importName());
        }
    }
}
