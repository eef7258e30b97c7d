package dev.hotclub.auth.throttle;

import java.time.Duration;

/**
 * Whether a login attempt may go ahead; when refused, for how much longer, and whether the username or the
 * client address is held back.
 */
public record ThrottleDecision(boolean allowed, Duration retryAfter, Reason reason) {
    /** What reached its limit. */
    public enum Reason {
        NONE, USERNAME, ADDRESS
    }

    static final ThrottleDecision ALLOWED = new ThrottleDecision(true, Duration.ZERO, Reason.NONE);

    public boolean refused() {
        return !allowed;
    }

    /** Whole seconds to wait, rounded up: the {@code Retry-After} header's value. */
    public long retryAfterSeconds() {
        return (retryAfter.toMillis() + 999) / 1000;
    }

    /**
     * What the login page shows: "Too many failed login attempts. Try again in 14 minutes." (seconds under a
     * minute). It does not say whether the username or the address is locked: that would tell a guesser which
     * usernames are being defended.
     */
    public String message() {
        long seconds = retryAfterSeconds();
        String wait = seconds < 60 ? plural(seconds, "second") : plural((seconds + 59) / 60, "minute");
        return "Too many failed login attempts. Try again in " + wait + ".";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
