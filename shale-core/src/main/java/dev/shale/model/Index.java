package dev.shale.model;

import java.util.List;

/**
 * A secondary index (not one that only backs a primary key or unique constraint).
 *
 * @param method  access method in lower case ({@code btree}, {@code hash}, {@code gin},
 *                {@code gist}, {@code brin}, {@code fulltext}, {@code spatial}); the
 *                dialect's default is normalised to {@code btree}
 * @param where   predicate of a partial index, or null
 * @param include INCLUDE columns (PostgreSQL covering index)
 */
public record Index(String name, boolean unique, List<Key> keys, String where, String method, List<String> include) {

    public Index {
        keys = List.copyOf(keys);
        include = include == null ? List.of() : List.copyOf(include);
        method = method == null ? "btree" : method;
    }

    /**
     * One key part: a column or an expression.
     *
     * @param column       the column, or null for an expression key
     * @param expression   the expression, or null for a column key
     * @param descending   DESC ordering
     * @param prefixLength MySQL prefix length ({@code name(10)}), or null
     * @param operatorClass PostgreSQL operator class when it is not the default one for the
     *                      key's type and the index method (e.g. {@code public.gin_trgm_ops},
     *                      {@code text_pattern_ops}), as SQL; null for the default and on other
     *                      dialects
     */
    public record Key(String column, String expression, boolean descending, Integer prefixLength,
                      String operatorClass) {

        /** A key with the default operator class. */
        public Key(String column, String expression, boolean descending, Integer prefixLength) {
            this(column, expression, descending, prefixLength, null);
        }

        /** The same key on another column (after a column rename); expression keys are unchanged. */
        public Key withColumn(String newColumn) {
            return column == null ? this : new Key(newColumn, expression, descending, prefixLength, operatorClass);
        }

        public static Key column(String column) {
            return new Key(column, null, false, null);
        }

        public static Key expression(String expression) {
            return new Key(null, expression, false, null);
        }
    }

    /** The same index with other keys and included columns (after a column rename). */
    public Index withKeys(List<Key> newKeys, List<String> newInclude) {
        return new Index(name, unique, newKeys, where, method, newInclude);
    }
}
