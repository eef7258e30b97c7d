package dev.hotclub.auth.throttle;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Holds back password guessing, which Django leaves to add-ons: failed logins are counted per username and per
 * client address over a sliding window, and a key that reaches its limit is refused for the lockout time. In
 * process and in memory (one instance per server; a Redis-backed one can share it across instances later);
 * thread-safe; memory bounded by {@link LoginThrottleSettings#maxTrackedKeys()} per kind of key.
 *
 * <pre>{@code
 * ThrottleDecision decision = throttle.check(username, request.clientAddress());
 * if (decision.refused()) { ... show decision.message(), status 429, Retry-After ... }
 * else if (authenticated) throttle.recordSuccess(username); else throttle.recordFailure(username, address);
 * }</pre>
 *
 * <p>A username's limit also lets anyone lock that account out for the lockout time by failing on purpose:
 * the price of stopping a slow guess spread over many addresses. Set LOGIN_THROTTLE_USERNAME_FAILURES=0 to
 * count by address only.
 */
public final class LoginThrottle {
    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Counter byUsername;
    private final Counter byAddress;

    public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.byUsername = new Counter(settings.usernameFailures());
        this.byAddress = new Counter(settings.addressFailures());
    }

    public LoginThrottle(LoginThrottleSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public LoginThrottleSettings settings() {
        return settings;
    }

    /** Whether an attempt for {@code username} from {@code clientAddress} (either may be null) may be checked. */
    public ThrottleDecision check(String username, String clientAddress) {
        long now = clock.millis();
        long usernameUntil = username == null ? 0 : byUsername.lockedUntil(key(username));
        long addressUntil = clientAddress == null ? 0 : byAddress.lockedUntil(clientAddress);
        if (usernameUntil <= now && addressUntil <= now) {
            return ThrottleDecision.ALLOWED;
        }
        boolean byName = usernameUntil >= addressUntil;
        return new ThrottleDecision(false, Duration.ofMillis(Math.max(usernameUntil, addressUntil) - now),
                byName ? ThrottleDecision.Reason.USERNAME : ThrottleDecision.Reason.ADDRESS);
    }

    /** Counts a failed login against both keys. */
    public void recordFailure(String username, String clientAddress) {
        long now = clock.millis();
        if (username != null) {
            byUsername.fail(key(username), now);
        }
        if (clientAddress != null) {
            byAddress.fail(clientAddress, now);
        }
    }

    /**
     * Forgets the username's failures after a successful login. The address keeps its count: otherwise a guesser
     * with one account of their own could log into it between guesses and never reach the limit.
     */
    public void recordSuccess(String username) {
        if (username != null) {
            byUsername.forget(key(username));
        }
    }

    /** How many usernames and addresses are remembered now (for monitoring and the memory-bound test). */
    public int trackedKeys() {
        return byUsername.size() + byAddress.size();
    }

    // One lock for "Alice" and "alice": a guesser gains nothing by varying case.
    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Failure times of each key, at most {@code limit} per key, in a map bounded by maxTrackedKeys. */
    private final class Counter {
        private final int limit;
        private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

        Counter(int limit) {
            this.limit = limit;
        }

        private static final class Entry {
            final Deque<Long> failures = new ArrayDeque<>();
            long lockedUntil;
        }

        synchronized long lockedUntil(String key) {
            Entry entry = entries.get(key);
            return entry == null ? 0 : entry.lockedUntil;
        }

        synchronized void fail(String key, long now) {
            if (limit == 0) {
                return;
            }
            Entry entry = entries.computeIfAbsent(key, k -> new Entry());
            long windowStart = now - settings.window().toMillis();
            while (!entry.failures.isEmpty() && entry.failures.peekFirst() <= windowStart) {
                entry.failures.removeFirst();
            }
            entry.failures.addLast(now);
            if (entry.failures.size() >= limit) {
                entry.lockedUntil = now + settings.lockout().toMillis();
                entry.failures.clear();
            }
            if (entries.size() > settings.maxTrackedKeys()) {
                evict(now);
            }
        }

        synchronized void forget(String key) {
            entries.remove(key);
        }

        synchronized int size() {
            return entries.size();
        }

        /**
         * First what has expired, then, if still too many, the least recently seen, down to 90% of the bound so
         * that a flood of new keys pays for a sweep once in a while, not on every failure.
         */
        private void evict(long now) {
            long windowStart = now - settings.window().toMillis();
            for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
                Entry e = it.next().getValue();
                boolean stale = e.lockedUntil <= now && (e.failures.isEmpty() || e.failures.peekLast() <= windowStart);
                if (stale) {
                    it.remove();
                }
            }
            Iterator<String> oldest = entries.keySet().iterator();
            int target = Math.max(1, settings.maxTrackedKeys() - settings.maxTrackedKeys() / 10);
            while (entries.size() > target && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
    }
}
