package dev.hotclub.auth.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.project.Env;
import dev.hotclub.project.Project;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-06T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleSettings(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(15), 1000), clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.check(username, address).allowed()).isTrue();
            throttle.recordFailure(username, address);
        }
    }

    @Test
    void aUsernameIsRefusedAfterItsFailuresUntilTheLockoutEnds() {
        fail("alice", "10.0.0.1", 2);
        assertThat(throttle.check("alice", "10.0.0.9").allowed()).isTrue();
        throttle.recordFailure("alice", "10.0.0.2");
        ThrottleDecision decision = throttle.check("alice", "10.0.0.9");
        assertThat(decision.refused()).isTrue();
        assertThat(decision.reason()).isEqualTo(ThrottleDecision.Reason.USERNAME);
        assertThat(decision.retryAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(decision.message()).isEqualTo("Too many failed login attempts. Try again in 15 minutes.");
        assertThat(throttle.check("ALICE ", "10.0.0.9").refused()).isTrue();
        assertThat(throttle.check("bob", "10.0.0.9").allowed()).isTrue();

        clock.advance(Duration.ofMinutes(14).plusSeconds(30));
        assertThat(throttle.check("alice", null).message()).isEqualTo("Too many failed login attempts. Try again in 30 seconds.");
        assertThat(throttle.check("alice", null).retryAfterSeconds()).isEqualTo(30);
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.check("alice", null).allowed()).isTrue();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        fail("alice", null, 2);
        clock.advance(Duration.ofMinutes(10));
        fail("alice", null, 2);
        assertThat(throttle.check("alice", null).allowed()).isTrue();
        throttle.recordFailure("alice", null);
        assertThat(throttle.check("alice", null).refused()).isTrue();
    }

    @Test
    void anAddressIsRefusedAfterFailuresAcrossManyUsernames() {
        for (int i = 0; i < 5; i++) {
            fail("user" + i, "203.0.113.7", 1);
        }
        ThrottleDecision decision = throttle.check("someone-new", "203.0.113.7");
        assertThat(decision.refused()).isTrue();
        assertThat(decision.reason()).isEqualTo(ThrottleDecision.Reason.ADDRESS);
        assertThat(throttle.check("someone-new", "203.0.113.8").allowed()).isTrue();
    }

    @Test
    void aSuccessfulLoginClearsTheUsernameButNotTheAddress() {
        fail("mallory", "198.51.100.1", 2);
        fail("alice", "198.51.100.1", 2);
        throttle.recordSuccess("mallory");
        fail("mallory", "198.51.100.1", 1);
        assertThat(throttle.check("mallory", "198.51.100.2").allowed()).isTrue();
        assertThat(throttle.check("anyone", "198.51.100.1").refused()).isTrue();
    }

    @Test
    void zeroTurnsALimitOff() {
        LoginThrottle byAddressOnly = new LoginThrottle(
                new LoginThrottleSettings(0, 2, Duration.ofMinutes(1), Duration.ofMinutes(1), 10), clock);
        for (int i = 0; i < 10; i++) {
            byAddressOnly.recordFailure("alice", "10.0.0." + i);
        }
        assertThat(byAddressOnly.check("alice", "10.0.0.99").allowed()).isTrue();
        LoginThrottle off = new LoginThrottle(LoginThrottleSettings.off(), clock);
        for (int i = 0; i < 100; i++) {
            off.recordFailure("alice", "10.0.0.1");
        }
        assertThat(off.check("alice", "10.0.0.1").allowed()).isTrue();
        assertThat(off.trackedKeys()).isZero();
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfNewKeys() {
        LoginThrottle small = new LoginThrottle(
                new LoginThrottleSettings(3, 3, Duration.ofMinutes(10), Duration.ofMinutes(15), 100), clock);
        for (int i = 0; i < 10_000; i++) {
            small.recordFailure("user" + i, "10." + (i / 256) + "." + (i % 256) + ".1");
        }
        assertThat(small.trackedKeys()).isLessThanOrEqualTo(200);
    }

    @Test
    void concurrentFailuresAreAllCounted() throws InterruptedException {
        LoginThrottle shared = new LoginThrottle(
                new LoginThrottleSettings(400, 0, Duration.ofMinutes(10), Duration.ofMinutes(15), 1000), clock);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 99; i++) {
                    shared.recordFailure("alice", null);
                }
                done.incrementAndGet();
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(done.get()).isEqualTo(4);
        assertThat(shared.check("alice", null).allowed()).isTrue();      // 396 of 400
        for (int i = 0; i < 4; i++) {
            shared.recordFailure("alice", null);
        }
        assertThat(shared.check("alice", null).refused()).isTrue();
    }

    @Test
    void settingsNameWhatIsWrong() {
        assertThatThrownBy(() -> new LoginThrottleSettings(-1, 5, Duration.ofMinutes(1), Duration.ofMinutes(1), 10))
                .hasMessage("LOGIN_THROTTLE_USERNAME_FAILURES and LOGIN_THROTTLE_ADDRESS_FAILURES must be 0 (no limit)"
                        + " or more, got -1 and 5");
        assertThatThrownBy(() -> new LoginThrottleSettings(5, 5, Duration.ZERO, Duration.ofMinutes(1), 10))
                .hasMessage("LOGIN_THROTTLE_WINDOW and LOGIN_THROTTLE_LOCKOUT must be positive numbers of seconds,"
                        + " got 0 and 60");
        assertThat(LoginThrottleSettings.defaults()).isEqualTo(
                new LoginThrottleSettings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), 100_000));
    }

    @Test
    void settingsFromTheProject() {
        LoginThrottleSettings read = LoginThrottleSettings.from(Env.withDefaults(Map.of(
                "LOGIN_THROTTLE_USERNAME_FAILURES", "0", "LOGIN_THROTTLE_ADDRESS_FAILURES", "50",
                "LOGIN_THROTTLE_WINDOW", "60", "LOGIN_THROTTLE_LOCKOUT", "3600", "LOGIN_THROTTLE_MAX_KEYS", "10"),
                () -> Project.named("p").build()).settings());
        assertThat(read).isEqualTo(new LoginThrottleSettings(0, 50, Duration.ofMinutes(1), Duration.ofHours(1), 10));
        assertThat(LoginThrottleSettings.from(Project.named("p").set(LoginThrottleSettings.LOGIN_THROTTLE_WINDOW,
                Duration.ofMinutes(5)).build().settings()).window()).as("set in code").isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> Env.withDefaults(Map.of("LOGIN_THROTTLE_LOCKOUT", "0"), () -> Project.named("p").build()))
                .hasMessageStartingWith("The environment variable LOGIN_THROTTLE_LOCKOUT=\"0\" is not valid:"
                        + " LOGIN_THROTTLE_LOCKOUT must be a positive duration");
        assertThatThrownBy(() -> Env.withDefaults(Map.of("LOGIN_THROTTLE_USERNAME_FAILURES", "-1"),
                () -> Project.named("p").build()))
                .hasMessageStartingWith("The environment variable LOGIN_THROTTLE_USERNAME_FAILURES=\"-1\" is not valid:"
                        + " LOGIN_THROTTLE_USERNAME_FAILURES must be 0 or more, got -1.");
    }
}
