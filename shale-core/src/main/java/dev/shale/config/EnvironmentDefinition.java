package dev.shale.config;

/**
 * One {@code [env.NAME]} table as written, before interpolation: resolving it (and
 * reading the environment variables it names) is deferred to {@link ShaleConfig#environment},
 * so a missing secret of one environment does not stop work on another.
 */
public record EnvironmentDefinition(String name, String url, boolean production, Settings settings) {
}
