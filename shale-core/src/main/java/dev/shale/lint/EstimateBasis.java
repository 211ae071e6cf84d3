package dev.shale.lint;

import dev.shale.dialect.TableStatistics.TableSize;
import dev.shale.model.QualifiedName;
import java.time.Duration;
import java.util.Map;

/**
 * What duration estimates are made from: a live environment's table sizes and the lock threshold
 * above which a blocking statement is pointed out.
 *
 * @param environment   the environment whose statistics were read
 * @param tables        its table sizes
 * @param lockThreshold how long a blocking lock may be held before the estimate says so
 */
public record EstimateBasis(String environment, Map<QualifiedName, TableSize> tables, Duration lockThreshold) {
    public EstimateBasis {
        tables = Map.copyOf(tables);
    }
}
