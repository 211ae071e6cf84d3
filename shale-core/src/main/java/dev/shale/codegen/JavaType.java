package dev.shale.codegen;

import dev.shale.model.QualifiedName;
import java.util.List;

/**
 * The Java type of a column, as a dialect's {@link JavaTypeMapper} reads the column's type:
 * a plain type, a list (SQL arrays), a named enum type of the schema, an enum spelled inline
 * in the column type (MySQL), or a type Shale does not map (kept as {@code String}, with a
 * comment that names the column type).
 */
public sealed interface JavaType {

    /**
     * @param name       how the type is written where null cannot occur: {@code long}, {@code BigDecimal}, {@code byte[]}
     * @param boxed      how it is written where null can occur or in a type argument: {@code Long}, {@code BigDecimal}
     * @param importName the class to import, or null ({@code java.lang} and primitives)
     */
    record Plain(String name, String boxed, String importName) implements JavaType {
    }

    /** An SQL array: a {@code java.util.List} of the element type. */
    record ListOf(JavaType element) implements JavaType {
    }

    /** A column whose type is one of the schema's named enum types. */
    record NamedEnum(QualifiedName type) implements JavaType {
    }

    /** A column whose type lists its values itself, such as MySQL's {@code enum('a','b')}. */
    record InlineEnum(List<String> values) implements JavaType {
        public InlineEnum {
            values = List.copyOf(values);
        }
    }

    /** A column type without a Java counterpart here; it is read as a {@code String}. */
    record Unmapped(String columnType) implements JavaType {
    }

    static Plain primitive(String name, String boxed) {
        return new Plain(name, boxed, null);
    }

    /** A class: {@code java.math.BigDecimal} is written {@code BigDecimal} and imported. */
    static Plain type(String qualifiedName) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return new Plain(simple, simple, qualifiedName.startsWith("java.lang.") ? null : qualifiedName);
    }

    JavaType STRING = type("java.lang.String");
    JavaType BYTES = new Plain("byte[]", "byte[]", null);
    JavaType BOOLEAN = primitive("boolean", "Boolean");
    JavaType BYTE = primitive("byte", "Byte");
    JavaType SHORT = primitive("short", "Short");
    JavaType INT = primitive("int", "Integer");
    JavaType LONG = primitive("long", "Long");
    JavaType FLOAT = primitive("float", "Float");
    JavaType DOUBLE = primitive("double", "Double");
    JavaType DECIMAL = type("java.math.BigDecimal");
    JavaType BIG_INTEGER = type("java.math.BigInteger");
    JavaType UUID = type("java.util.UUID");
    JavaType LOCAL_DATE = type("java.time.LocalDate");
    JavaType LOCAL_TIME = type("java.time.LocalTime");
    JavaType LOCAL_DATE_TIME = type("java.time.LocalDateTime");
    JavaType OFFSET_TIME = type("java.time.OffsetTime");
    JavaType OFFSET_DATE_TIME = type("java.time.OffsetDateTime");
}
