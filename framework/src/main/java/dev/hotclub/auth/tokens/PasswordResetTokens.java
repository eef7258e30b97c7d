package dev.hotclub.auth.tokens;

import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import dev.hotclub.signing.Signing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Django's {@code PasswordResetTokenGenerator}: {@code <base36 seconds since 2001>-<32 hex>}, an HMAC over the
 * user's pk, password hash, last login, the timestamp and the email. A token is good for
 * {@code PASSWORD_RESET_TIMEOUT} (3 days) and only once, since the reset changes the password hash it covers; a
 * token Django made with the same SECRET_KEY checks here, and the other way round.
 *
 * <pre>{@code
 * PasswordResetTokens tokens = PasswordResetTokens.from(project.settings());
 * String link = "/reset/" + PasswordResetTokens.encodeUid(user.pk()) + "/" + tokens.makeToken(user) + "/";
 * boolean ok = tokens.checkToken(user, tokenFromUrl);
 * }</pre>
 */
public final class PasswordResetTokens {
    /** Django's default PASSWORD_RESET_TIMEOUT: 259,200 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofDays(3);
    /** PASSWORD_RESET_TIMEOUT: how long a reset token is good for. */
    public static final Setting<Duration> PASSWORD_RESET_TIMEOUT = Setting.seconds("PASSWORD_RESET_TIMEOUT",
            DEFAULT_TIMEOUT, "How long a password reset link is good for.");

    private static final String KEY_SALT = "django.contrib.auth.tokens.PasswordResetTokenGenerator";
    private static final LocalDateTime EPOCH_2001 = LocalDateTime.of(2001, 1, 1, 0, 0);
    private static final DateTimeFormatter PYTHON_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<String> secrets;
    private final Duration timeout;
    private final Clock clock;

    /**
     * Tokens signed with {@code secretKey}; those signed with a key in {@code fallbackKeys} still check (Django
     * 4.1's SECRET_KEY_FALLBACKS, for rotating the key without voiding the links already mailed).
     */
    public PasswordResetTokens(String secretKey, List<String> fallbackKeys, Duration timeout, Clock clock) {
        if (secretKey == null || secretKey.isEmpty()) {
            throw new IllegalStateException("No SECRET_KEY is set, and password reset tokens need one: set the"
                    + " SECRET_KEY environment variable (or Project.named(...).secretKey(...)).");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("PASSWORD_RESET_TIMEOUT must be a positive number of seconds, got "
                    + timeout.toSeconds());
        }
        List<String> all = new ArrayList<>();
        all.add(secretKey);
        all.addAll(fallbackKeys);
        this.secrets = List.copyOf(all);
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Signed with {@code secretKey}, good for 3 days, on the server's clock and time zone (Django's naive now()). */
    public PasswordResetTokens(String secretKey) {
        this(secretKey, List.of(), DEFAULT_TIMEOUT, Clock.systemDefaultZone());
    }

    /** Signed with the project's SECRET_KEY, good for PASSWORD_RESET_TIMEOUT, on the server's clock. */
    public static PasswordResetTokens from(Settings settings) {
        return new PasswordResetTokens(settings.secretKey(), List.of(), settings.get(PASSWORD_RESET_TIMEOUT),
                Clock.systemDefaultZone());
    }

    public Duration timeout() {
        return timeout;
    }

    /** A token for {@code user}, good until the timeout or until the user's password, login or email changes. */
    public String makeToken(PasswordResetUser user) {
        return tokenAt(user, now(), secrets.get(0));
    }

    /** Whether {@code token} was made for {@code user} in its current state, within the timeout. */
    public boolean checkToken(PasswordResetUser user, String token) {
        if (user == null || token == null || token.isEmpty()) {
            return false;
        }
        String[] parts = token.split("-", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9a-z]{1,13}")) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(parts[0], 36);
        } catch (NumberFormatException tooLarge) {
            return false;
        }
        boolean signed = false;
        for (String secret : secrets) {
            // Every key is tried, matched or not, so the time taken does not say which one signed.
            signed |= MessageDigest.isEqual(tokenAt(user, timestamp, secret).getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.UTF_8));
        }
        return signed && now() - timestamp <= timeout.toSeconds();
    }

    private String tokenAt(PasswordResetUser user, long timestamp, String secret) {
        String hex = HexFormat.of().formatHex(Signing.saltedHmac(KEY_SALT, hashValue(user, timestamp), secret));
        StringBuilder everyOther = new StringBuilder(32);
        for (int i = 0; i < hex.length(); i += 2) {
            everyOther.append(hex.charAt(i));       // Django's hexdigest()[::2], to shorten the URL
        }
        return Long.toString(timestamp, 36) + "-" + everyOther;
    }

    private static String hashValue(PasswordResetUser user, long timestamp) {
        // Django: f'{user.pk}{user.password}{login_timestamp}{timestamp}{email}', the last login without
        // microseconds nor zone, as str(datetime) writes it in UTC.
        String lastLogin = user.lastLogin() == null ? ""
                : PYTHON_DATETIME.format(LocalDateTime.ofInstant(user.lastLogin(), ZoneOffset.UTC));
        String email = Optional.ofNullable(user.email()).orElse("");
        return String.valueOf(user.pk()) + user.password() + lastLogin + timestamp + email;
    }

    private long now() {
        return Duration.between(EPOCH_2001, LocalDateTime.now(clock)).toSeconds();
    }

    /** Django's {@code urlsafe_base64_encode(force_bytes(pk))}: the {@code uidb64} of a reset link. */
    public static String encodeUid(Object pk) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(pk).getBytes(StandardCharsets.UTF_8));
    }

    /** The pk text a {@code uidb64} holds, or empty when it is not one (a mangled link). */
    public static Optional<String> decodeUid(String uidb64) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(uidb64), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
