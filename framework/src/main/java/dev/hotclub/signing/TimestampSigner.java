package dev.hotclub.signing;

import java.time.Clock;
import java.time.Duration;

/**
 * Django's {@code signing.TimestampSigner}: {@code value:timestamp:signature}, the timestamp being the signing
 * time in seconds written in base 62, so that {@link #unsign(String, Duration)} can refuse an old value.
 */
public class TimestampSigner extends Signer {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final Clock clock;

    public TimestampSigner(String secretKey, String salt) {
        this(secretKey, salt, Clock.systemUTC());
    }

    /** A signer reading the time from {@code clock} (tests). */
    public TimestampSigner(String secretKey, String salt, Clock clock) {
        super(secretKey, salt);
        this.clock = clock;
    }

    @Override
    public String sign(String value) {
        return super.sign(value + SEP + base62(clock.instant().getEpochSecond()));
    }

    /** The value, whatever its age. */
    @Override
    public String unsign(String signed) {
        return unsign(signed, null);
    }

    /** The value, if signed by this signer at most {@code maxAge} ago ({@code null}: any age). */
    public String unsign(String signed, Duration maxAge) {
        String result = super.unsign(signed);
        int sep = result.lastIndexOf(SEP);
        if (sep < 0) {
            throw new BadSignature("No timestamp in the signed value");
        }
        long timestamp = fromBase62(result.substring(sep + 1));
        if (maxAge != null) {
            long age = clock.instant().getEpochSecond() - timestamp;
            if (age > maxAge.toSeconds()) {
                throw new SignatureExpired("Signature age " + age + " > " + maxAge.toSeconds() + " seconds");
            }
        }
        return result.substring(0, sep);
    }

    static String base62(long n) {
        if (n == 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        for (long rest = Math.abs(n); rest > 0; rest /= 62) {
            out.append(BASE62.charAt((int) (rest % 62)));
        }
        return (n < 0 ? "-" : "") + out.reverse();
    }

    static long fromBase62(String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        if (digits.isEmpty() || digits.length() > 10) {
            throw new BadSignature("The timestamp \"" + text + "\" is not base 62");
        }
        long n = 0;
        for (char c : digits.toCharArray()) {
            int d = BASE62.indexOf(c);
            if (d < 0) {
                throw new BadSignature("The timestamp \"" + text + "\" is not base 62");
            }
            n = n * 62 + d;
        }
        return negative ? -n : n;
    }
}
