package dev.shale.migrate.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The lock-wait alarm's timing and threading; the real lock and webhook are in LockWaitAlertCommandTest. */
class LockWaitAlarmTest {
    private static final MigrationEvent.LockWaiting WAITING =
            new MigrationEvent.LockWaiting("another deployer", Duration.ofSeconds(60));

    private final List<MigrationEvent> passedOn = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> alerts = new LinkedBlockingQueue<>();
    private final MigrationListener log = new MigrationListener() {
        @Override
        public void progress(String line) {
        }

        @Override
        public void event(MigrationEvent event) {
            passedOn.add(event);
        }
    };

    @Test
    void aWaitLongerThanTheThresholdAlertsOnceOnAnotherThreadWhileTheWaitGoesOn() throws Exception {
        try (LockWaitAlarm alarm = new LockWaitAlarm(log, Duration.ofMillis(100),
                w -> alerts.add(Thread.currentThread().getName() + ": " + w.holder()))) {
            alarm.event(WAITING);

            assertThat(alerts.poll(5, TimeUnit.SECONDS)).isEqualTo("shale-lock-wait-alert: another deployer");
            alarm.event(new MigrationEvent.LockAcquired(true, 150));
        }
        assertThat(alerts.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(passedOn).containsExactly(WAITING, new MigrationEvent.LockAcquired(true, 150));
    }

    @Test
    void aLockTakenOrGivenUpBeforeTheThresholdAlertsNothing() throws Exception {
        for (MigrationEvent end : List.of(new MigrationEvent.LockAcquired(true, 10),
                new MigrationEvent.LockTimedOut("another deployer", Duration.ofMillis(50)))) {
            try (LockWaitAlarm alarm = new LockWaitAlarm(log, Duration.ofMillis(200), w -> alerts.add("alert"))) {
                alarm.event(WAITING);
                alarm.event(end);
                assertThat(alerts.poll(500, TimeUnit.MILLISECONDS)).isNull();
            }
        }
    }

    @Test
    void aSlowAlertNeverHoldsUpTheMigrationThread() throws Exception {
        try (LockWaitAlarm alarm = new LockWaitAlarm(log, Duration.ofMillis(10), w -> sleep(5_000))) {
            alarm.event(WAITING);
            Thread.sleep(100);
            long start = System.nanoTime();
            alarm.event(new MigrationEvent.LockAcquired(true, 100));
            alarm.close();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void zeroTurnsTheAlertOff() throws Exception {
        try (LockWaitAlarm alarm = new LockWaitAlarm(log, Duration.ZERO, w -> alerts.add("alert"))) {
            alarm.event(WAITING);
            assertThat(alerts.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
