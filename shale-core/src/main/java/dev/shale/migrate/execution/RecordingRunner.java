package dev.shale.migrate.execution;

import dev.shale.migrate.history.SqlCommand;
import java.util.ArrayList;
import java.util.List;

/** Writes down the SQL a run would send, in order, without touching the database (dry run). */
final class RecordingRunner implements StatementRunner {
    private final List<String> script = new ArrayList<>();

    List<String> script() {
        return List.copyOf(script);
    }

    void comment(String text) {
        script.add("-- " + text);
    }

    @Override
    public void execute(String sql) {
        script.add(sql + ";");
    }

    @Override
    public void run(SqlCommand command) {
        script.add(command.display() + ";");
    }

    @Override
    public void begin() {
        script.add("BEGIN;");
    }

    @Override
    public void commit() {
        script.add("COMMIT;");
    }

    @Override
    public void rollbackQuietly() {
        // Nothing ran.
    }
}
