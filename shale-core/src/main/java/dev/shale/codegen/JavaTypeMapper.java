package dev.shale.codegen;

import dev.shale.model.EnumType;
import java.util.List;

/**
 * How one database's column types read in Java. Each dialect has one
 * ({@link dev.shale.dialect.Dialect#javaTypes()}); the code generator asks it for every column.
 */
@FunctionalInterface
public interface JavaTypeMapper {

    /**
     * @param columnType the column type in the dialect's canonical spelling ({@link dev.shale.model.Column#type()})
     * @param enums      the schema's named enum types, which a column type may name
     */
    JavaType map(String columnType, List<EnumType> enums);
}
