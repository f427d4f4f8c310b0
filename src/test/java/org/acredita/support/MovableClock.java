package org.acredita.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the shared test context: the system's time, which a test may move forward (an award
 * past its expiry) and must {@link #reset} afterwards, in a finally block, so the tests after it see today again.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    private MovableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** Moves the clock so that now is this instant (the offset stays until {@link #reset}). */
    public void moveTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(offset, other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
        }
    }
}
