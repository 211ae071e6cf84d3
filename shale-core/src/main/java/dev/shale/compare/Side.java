package dev.shale.compare;

/**
 * One difference as the two sides show it, before it is classified.
 *
 * @param object what kind of object: {@code table}, {@code column}, {@code index}, …
 * @param name   the object's name within its table (the table's own name for a table)
 * @param target how TARGET has it, empty when TARGET lacks it
 * @param source how SOURCE has it, empty when SOURCE lacks it
 */
record Side(String object, String name, String target, String source) {

    static Side onlySource(String object, String name, String definition) {
        return new Side(object, name, "", definition);
    }

    static Side onlyTarget(String object, String name, String definition) {
        return new Side(object, name, definition, "");
    }
}
