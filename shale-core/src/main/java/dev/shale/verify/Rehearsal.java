package dev.shale.verify;

import dev.shale.devdb.DevDatabase;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationFailedException;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.Migrations;
import dev.shale.migrate.RollbackOptions;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.model.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rehearses migrations on one dev database, in version order, with the real runner: brings the
 * database up to just before each one (incrementally), then up, down, up again, inspecting after
 * each step. Stops at the first migration that leaves the database in a state the next one
 * cannot build on (an up or down that fails, or an up that differs the second time); the
 * migrations after it are reported as skipped.
 */
final class Rehearsal {
    private final DevDatabase dev;
    private final Migrations runner;
    private final MigrationSet set;
    private final MigrationListener listener;
    private final boolean checkData;
    private boolean intact = true;

    /** {@code checkData}: fingerprint the data before the up, after it and after the down ({@code --sample-rows}). */
    Rehearsal(DevDatabase dev, Migrations runner, MigrationSet set, MigrationListener listener, boolean checkData) {
        this.dev = dev;
        this.runner = runner;
        this.set = set;
        this.listener = listener;
        this.checkData = checkData;
    }

    List<MigrationVerdict> run(List<MigrationScript> scripts) {
        List<MigrationVerdict> verdicts = new ArrayList<>();
        for (MigrationScript script : scripts) {
            String version = script.version().orElseThrow().toString();
            if (!intact) {
                verdicts.add(MigrationVerdict.skipped(version, script.script(), script.description()));
                continue;
            }
            listener.progress("rehearsing " + script.script());
            verdicts.add(rehearse(script, version));
        }
        return verdicts;
    }

    /** True when the database holds exactly what the rehearsed migrations produce. */
    boolean intact() {
        return intact;
    }

    private MigrationVerdict rehearse(MigrationScript script, String version) {
        previous(script).ifPresent(v -> runner.migrate(MigrateOptions.defaults().target(v.toString())));
        DatabaseSchema before = dev.inspect();
        Optional<DataSnapshot> dataBefore = snapshot(before);
        StepResult up = step(() -> runner.migrate(MigrateOptions.defaults().target(version)));
        if (!up.passed()) {
            intact = false;
            return verdict(script, version, up, StepResult.skipped(), StepResult.skipped(), List.of(),
                    Optional.empty());
        }
        DatabaseSchema afterUp = dev.inspect();
        Optional<DataSnapshot> dataAfterUp = snapshot(afterUp);
        if (script.down().isEmpty()) {
            return verdict(script, version, up, StepResult.missing(), StepResult.skipped(), List.of(),
                    data(dataBefore, dataAfterUp, Optional.empty()));
        }
        StepResult down = step(() -> runner.rollback(RollbackOptions.lastOne()));
        if (!down.passed()) {
            intact = false;
            return verdict(script, version, up, down, StepResult.skipped(), List.of(),
                    data(dataBefore, dataAfterUp, Optional.empty()));
        }
        DatabaseSchema afterDown = dev.inspect();
        Optional<DataKept> data = data(dataBefore, dataAfterUp, snapshot(afterDown));
        List<String> downDifferences = Differences.afterDown(before, afterDown);
        down = downDifferences.isEmpty() ? down : StepResult.differs(down.millis(), downDifferences.get(0));
        StepResult reUp = step(() -> runner.migrate(MigrateOptions.defaults().target(version)));
        if (!reUp.passed()) {
            intact = false;
            return verdict(script, version, up, down, reUp, downDifferences, data);
        }
        List<String> reUpDifferences = Differences.afterReUp(afterUp, dev.inspect());
        if (!reUpDifferences.isEmpty()) {
            intact = false;
            reUp = StepResult.differs(reUp.millis(), reUpDifferences.get(0));
        }
        List<String> all = new ArrayList<>(downDifferences);
        all.addAll(reUpDifferences);
        return verdict(script, version, up, down, reUp, all, data);
    }

    private Optional<DataSnapshot> snapshot(DatabaseSchema schema) {
        return checkData ? Optional.of(DataSnapshot.take(dev.url(), schema)) : Optional.empty();
    }

    private static Optional<DataKept> data(Optional<DataSnapshot> beforeUp, Optional<DataSnapshot> afterUp,
                                           Optional<DataSnapshot> afterDown) {
        return beforeUp.flatMap(before -> afterUp.map(up -> DataComparison.of(before, up, afterDown)));
    }

    private static StepResult step(Runnable migration) {
        long start = System.nanoTime();
        try {
            migration.run();
            return StepResult.passed(elapsed(start));
        } catch (MigrationFailedException e) {
            return StepResult.failed(elapsed(start), e.getMessage());
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static MigrationVerdict verdict(MigrationScript script, String version, StepResult up, StepResult down,
                                            StepResult reUp, List<String> differences, Optional<DataKept> data) {
        return new MigrationVerdict(version, script.script(), script.description(), up, down, reUp, differences,
                data);
    }

    private Optional<MigrationVersion> previous(MigrationScript script) {
        MigrationVersion version = script.version().orElseThrow();
        return set.versioned().stream().map(s -> s.version().orElseThrow())
                .filter(v -> v.compareTo(version) < 0).reduce((a, b) -> b);
    }
}
