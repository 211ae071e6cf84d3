package dev.shale.dialect;

import dev.shale.model.DatabaseSchema;
import java.util.List;

/**
 * Renders a whole schema as CREATE statements in dependency order (enums and sequences,
 * tables, foreign keys, indexes, views, comments), such that running them on an empty
 * database and inspecting it gives back an equal model.
 */
public interface DdlRenderer {

    /** The statements, each without a trailing semicolon. */
    List<String> createStatements(DatabaseSchema schema);
}
