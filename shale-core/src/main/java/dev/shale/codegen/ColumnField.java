package dev.shale.codegen;

import dev.shale.model.Column;

/**
 * One record component: the column it reads, its Java name and declared type, and the name of
 * the nested enum that an inline enum column gets (null otherwise).
 */
record ColumnField(Column column, String name, String declaredType, JavaType type, String nestedEnum) {

    boolean unmapped() {
        return type instanceof JavaType.Unmapped
                || type instanceof JavaType.ListOf list && list.element() instanceof JavaType.Unmapped;
    }
}
