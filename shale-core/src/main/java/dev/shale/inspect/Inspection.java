package dev.shale.inspect;

import dev.shale.model.DatabaseSchema;
import java.time.Duration;

/**
 * The result of reading a database's schema.
 *
 * @param source         where it was read, safe to print (no password)
 * @param schema         the normalised model
 * @param catalogQueries how many catalog queries the inspection took (constant in the number of tables)
 * @param elapsed        wall time of the inspection, connection included
 */
public record Inspection(String source, DatabaseSchema schema, int catalogQueries, Duration elapsed) {
}
