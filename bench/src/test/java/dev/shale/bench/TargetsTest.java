package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {
    private static Measurement ms(long millis, long rssMb) {
        return new Measurement(millis * 1_000_000, rssMb * 1024);
    }

    @Test
    void eachTargetRowOfS1IsPassOrMissByItsOwnLimit() {
        Map<String, List<Measurement>> runs = new java.util.LinkedHashMap<>();
        runs.put("shale migrate", List.of(ms(2100, 40)));
        runs.put("flyway migrate", List.of(ms(9000, 200)));
        runs.put("psql -f", List.of(ms(2000, 10)));
        ScenarioResult result = ScenarioResult.of("S1 apply PostgreSQL 1000 migrations", runs, Map.of());

        assertThat(Targets.check(List.of(result)))
                .contains("* PASS S1 apply PostgreSQL 1000 migrations: shale migrate / psql -f ≤ 1.1 (1.050×)")
                .contains("* PASS S1 apply PostgreSQL 1000 migrations: shale migrate / flyway migrate ≤ 0.3 (0.233×)")
                .contains("* PASS S1 apply PostgreSQL 1000 migrations: peak RSS shale migrate / flyway migrate ≤ 0.4 "
                        + "(0.20×: 40 MiB vs 200 MiB)");
    }

    @Test
    void inspectMustBeFortyTimesFasterThanLiquibase() {
        Map<String, List<Measurement>> runs = new java.util.LinkedHashMap<>();
        runs.put("shale inspect --format sql (process)", List.of(ms(1000, 70)));
        runs.put("pg_dump --schema-only", List.of(ms(700, 10)));
        runs.put("liquibase snapshot", List.of(ms(33000, 1400)));
        ScenarioResult result = ScenarioResult.of("S2 inspect PostgreSQL 2000 tables", runs, Map.of());

        assertThat(Targets.check(List.of(result)))
                .contains("* MISS S2 inspect PostgreSQL 2000 tables: shale inspect --format sql (process) / "
                        + "pg_dump --schema-only ≤ 1.0 (1.429×)")
                .contains("* MISS S2 inspect PostgreSQL 2000 tables: shale inspect --format sql (process) / "
                        + "liquibase snapshot ≤ 0.025 (1/40) (0.030×)");
    }

    @Test
    void eachDatabaseIsHeldToItsOwnFloorAndAMissingFloorIsSaidSo() {
        Map<String, List<Measurement>> runs = new java.util.LinkedHashMap<>();
        runs.put("shale migrate", List.of(ms(2400, 40)));
        runs.put("flyway migrate", List.of(ms(6000, 200)));
        runs.put("mariadb < file", List.of(ms(2000, 5)));
        ScenarioResult mariadb = ScenarioResult.of("S1 apply MariaDB 1000 migrations", runs, Map.of());
        runs.remove("mariadb < file");
        ScenarioResult sqlite = ScenarioResult.of("S1 apply SQLite 1000 migrations", runs,
                Map.of("floor", "none (sqlite3 is not installed)"));

        assertThat(Targets.check(List.of(mariadb, sqlite)))
                .contains("* MISS S1 apply MariaDB 1000 migrations: shale migrate / mariadb < file ≤ 1.1 (1.200×)")
                .contains("* MISS S1 apply MariaDB 1000 migrations: shale migrate / flyway migrate ≤ 0.3 (0.400×)")
                .contains("* n/a S1 apply SQLite 1000 migrations: shale migrate / floor ≤ 1.1 (none (sqlite3 is not installed))")
                .contains("* PASS S1 apply SQLite 1000 migrations: peak RSS shale migrate / flyway migrate ≤ 0.4");
    }
}
