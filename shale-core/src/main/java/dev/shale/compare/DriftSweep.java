package dev.shale.compare;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.config.ShaleConfig;
import dev.shale.db.DatabaseUrl;
import dev.shale.migrate.MigrationListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code drift --all}: every environment of the configuration checked at the same time, one
 * thread per environment up to a bound. One environment that cannot be checked is reported
 * as such; the others are still checked.
 */
public final class DriftSweep {
    /** Checks run at once at most: each holds two connections and a dev database. */
    public static final int DEFAULT_PARALLELISM = 8;

    private final ShaleConfig config;
    private final MigrationListener listener;
    private final int parallelism;

    public DriftSweep(ShaleConfig config, MigrationListener listener, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.config = config;
        this.listener = listener;
        this.parallelism = parallelism;
    }

    /** One outcome per environment, in the configuration's order. */
    public List<EnvironmentDrift> run() {
        List<String> names = List.copyOf(config.environments().keySet());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, names.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "shale-drift");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<EnvironmentDrift>> futures = new ArrayList<>();
            for (String name : names) {
                futures.add(pool.submit(() -> check(name)));
            }
            List<EnvironmentDrift> outcomes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                outcomes.add(await(names.get(i), futures.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private EnvironmentDrift check(String name) {
        try {
            Environment environment = config.environment(Optional.of(name), Optional.empty(), config.projectDir());
            DriftReport report = new DriftCheck(environment, line -> listener.progress(name + ": " + line)).run();
            return EnvironmentDrift.checked(report);
        } catch (ShaleException e) {
            EnvironmentDrift.Status status = e.exitCode() == ExitCode.DATABASE_UNAVAILABLE
                    ? EnvironmentDrift.Status.UNREACHABLE : EnvironmentDrift.Status.FAILED;
            return EnvironmentDrift.notChecked(name, status, DatabaseUrl.redact(e.getMessage()));
        }
    }

    private static EnvironmentDrift await(String name, Future<EnvironmentDrift> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShaleException(ExitCode.INTERNAL_ERROR, "interrupted while checking " + name,
                    "run 'shale drift --all' again", e);
        } catch (ExecutionException e) {
            // Not a ShaleException: a bug in Shale; surface it as one rather than hide it in the summary.
            throw new IllegalStateException("drift check of " + name + " failed", e.getCause());
        }
    }
}
