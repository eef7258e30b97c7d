package dev.hotclub.auth.throttle;

import static dev.hotclub.project.Env.envInt;

import dev.hotclub.conf.ImproperlyConfigured;
import java.time.Duration;

/**
 * How hard {@link LoginThrottle} holds back password guessing: after {@code usernameFailures} failed logins for
 * one username, or {@code addressFailures} from one client address, within {@code window}, that username or
 * address is refused for {@code lockout}. 0 failures turns that kind of limit off. {@code maxTrackedKeys} bounds
 * the memory: past it, the least recently seen keys are forgotten.
 */
public record LoginThrottleSettings(int usernameFailures, int addressFailures, Duration window, Duration lockout,
                                    int maxTrackedKeys) {
    public LoginThrottleSettings {
        if (usernameFailures < 0 || addressFailures < 0) {
            throw new ImproperlyConfigured("LOGIN_THROTTLE_USERNAME_FAILURES and LOGIN_THROTTLE_ADDRESS_FAILURES must"
                    + " be 0 (no limit) or more, got " + usernameFailures + " and " + addressFailures);
        }
        if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new ImproperlyConfigured("LOGIN_THROTTLE_WINDOW and LOGIN_THROTTLE_LOCKOUT must be positive numbers"
                    + " of seconds, got " + window.toSeconds() + " and " + lockout.toSeconds());
        }
        if (maxTrackedKeys < 1) {
            throw new ImproperlyConfigured("LOGIN_THROTTLE_MAX_KEYS must be at least 1, got " + maxTrackedKeys);
        }
    }

    /** 5 failures per username or 20 per address in 15 minutes lock it for 15 minutes; 100,000 keys tracked. */
    public static LoginThrottleSettings defaults() {
        return new LoginThrottleSettings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), 100_000);
    }

    /** No limits: every attempt allowed (tests that log in many times). */
    public static LoginThrottleSettings off() {
        return new LoginThrottleSettings(0, 0, Duration.ofMinutes(15), Duration.ofMinutes(15), 1);
    }

    /**
     * From LOGIN_THROTTLE_USERNAME_FAILURES, LOGIN_THROTTLE_ADDRESS_FAILURES, LOGIN_THROTTLE_WINDOW and
     * LOGIN_THROTTLE_LOCKOUT (seconds) and LOGIN_THROTTLE_MAX_KEYS, each defaulting to {@link #defaults()}'s.
     */
    public static LoginThrottleSettings fromEnv() {
        LoginThrottleSettings d = defaults();
        return new LoginThrottleSettings(
                envInt("LOGIN_THROTTLE_USERNAME_FAILURES", d.usernameFailures()),
                envInt("LOGIN_THROTTLE_ADDRESS_FAILURES", d.addressFailures()),
                Duration.ofSeconds(envInt("LOGIN_THROTTLE_WINDOW", (int) d.window().toSeconds())),
                Duration.ofSeconds(envInt("LOGIN_THROTTLE_LOCKOUT", (int) d.lockout().toSeconds())),
                envInt("LOGIN_THROTTLE_MAX_KEYS", d.maxTrackedKeys()));
    }
}
