package dev.hotclub.auth.throttle;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import java.time.Duration;

/**
 * How hard {@link LoginThrottle} holds back password guessing: after {@code usernameFailures} failed logins for
 * one username, or {@code addressFailures} from one client address, within {@code window}, that username or
 * address is refused for {@code lockout}. 0 failures turns that kind of limit off. {@code maxTrackedKeys} bounds
 * the memory: past it, the least recently seen keys are forgotten. Each is a {@link Setting} of the project's
 * settings (docs/SETTINGS.md); {@link #from(Settings)} gathers them.
 */
public record LoginThrottleSettings(int usernameFailures, int addressFailures, Duration window, Duration lockout,
                                    int maxTrackedKeys) {
    /** LOGIN_THROTTLE_USERNAME_FAILURES: failed logins for one username before it is locked; 0, no limit. */
    public static final Setting<Integer> LOGIN_THROTTLE_USERNAME_FAILURES = Setting.integer(
            "LOGIN_THROTTLE_USERNAME_FAILURES", 5, 0, "Failed logins for one username, within the window, that lock it; 0: no limit.");
    /** LOGIN_THROTTLE_ADDRESS_FAILURES: failed logins from one client address before it is locked; 0, no limit. */
    public static final Setting<Integer> LOGIN_THROTTLE_ADDRESS_FAILURES = Setting.integer(
            "LOGIN_THROTTLE_ADDRESS_FAILURES", 20, 0, "Failed logins from one address, within the window, that lock it; 0: no limit.");
    /** LOGIN_THROTTLE_WINDOW: how far back failures count. */
    public static final Setting<Duration> LOGIN_THROTTLE_WINDOW = Setting.seconds("LOGIN_THROTTLE_WINDOW",
            Duration.ofMinutes(15), "How far back failed logins count.");
    /** LOGIN_THROTTLE_LOCKOUT: how long a locked username or address is refused. */
    public static final Setting<Duration> LOGIN_THROTTLE_LOCKOUT = Setting.seconds("LOGIN_THROTTLE_LOCKOUT",
            Duration.ofMinutes(15), "How long a locked username or address is refused.");
    /** LOGIN_THROTTLE_MAX_KEYS: how many usernames and addresses are tracked at most. */
    public static final Setting<Integer> LOGIN_THROTTLE_MAX_KEYS = Setting.integer("LOGIN_THROTTLE_MAX_KEYS", 100_000, 1,
            "How many usernames and addresses the throttle tracks, the least recently seen forgotten first.");

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
        return from(Settings.defaults());
    }

    /** No limits: every attempt allowed (tests that log in many times). */
    public static LoginThrottleSettings off() {
        return new LoginThrottleSettings(0, 0, Duration.ofMinutes(15), Duration.ofMinutes(15), 1);
    }

    /** The LOGIN_THROTTLE_* settings of {@code settings}. */
    public static LoginThrottleSettings from(Settings settings) {
        return new LoginThrottleSettings(settings.get(LOGIN_THROTTLE_USERNAME_FAILURES),
                settings.get(LOGIN_THROTTLE_ADDRESS_FAILURES), settings.get(LOGIN_THROTTLE_WINDOW),
                settings.get(LOGIN_THROTTLE_LOCKOUT), settings.get(LOGIN_THROTTLE_MAX_KEYS));
    }
}
