package dev.hotclub.forms;

import java.math.BigDecimal;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Django's built-in validators ({@code django.core.validators}), with their exact messages and codes. */
public final class Validators {
    private Validators() {
    }

    private static final String SLUG_MESSAGE =
            "Enter a valid \u201cslug\u201d consisting of letters, numbers, underscores or hyphens.";
    private static final Pattern SLUG = Pattern.compile("^[-a-zA-Z0-9_]+\\z");

    /** Django's {@code MaxLengthValidator} over a string's length (or a collection's size). */
    public static <T> Validator<T> maxLength(int limit) {
        return value -> {
            int length = length(value);
            if (length > limit) {
                throw new ValidationError(plural(limit, "Ensure this value has at most %(limit_value)d character"
                        + " (it has %(show_value)d).", "Ensure this value has at most %(limit_value)d characters"
                        + " (it has %(show_value)d)."), "max_length",
                        Map.of("limit_value", limit, "show_value", length, "value", value));
            }
        };
    }

    /** Django's {@code MinLengthValidator}. */
    public static <T> Validator<T> minLength(int limit) {
        return value -> {
            int length = length(value);
            if (length < limit) {
                throw new ValidationError(plural(limit, "Ensure this value has at least %(limit_value)d character"
                        + " (it has %(show_value)d).", "Ensure this value has at least %(limit_value)d characters"
                        + " (it has %(show_value)d)."), "min_length",
                        Map.of("limit_value", limit, "show_value", length, "value", value));
            }
        };
    }

    /** Django's {@code MaxValueValidator}. */
    public static <T extends Comparable<? super T>> Validator<T> maxValue(T limit) {
        return value -> {
            if (value.compareTo(limit) > 0) {
                throw new ValidationError("Ensure this value is less than or equal to %(limit_value)s.", "max_value",
                        Map.of("limit_value", limit, "show_value", value, "value", value));
            }
        };
    }

    /** Django's {@code MinValueValidator}. */
    public static <T extends Comparable<? super T>> Validator<T> minValue(T limit) {
        return value -> {
            if (value.compareTo(limit) < 0) {
                throw new ValidationError("Ensure this value is greater than or equal to %(limit_value)s.",
                        "min_value", Map.of("limit_value", limit, "show_value", value, "value", value));
            }
        };
    }

    /** Django's {@code ProhibitNullCharactersValidator}. */
    public static Validator<Object> prohibitNullCharacters() {
        return value -> {
            if (String.valueOf(value).indexOf('\0') >= 0) {
                throw new ValidationError("Null characters are not allowed.", "null_characters_not_allowed",
                        Map.of("value", value));
            }
        };
    }

    /** Django's {@code RegexValidator}: the value must contain a match of {@code regex} (Java syntax). */
    public static Validator<Object> regex(String regex, String message, String code) {
        Pattern pattern = Pattern.compile(regex);
        return value -> {
            if (!pattern.matcher(String.valueOf(value)).find()) {
                throw new ValidationError(message, code, Map.of("value", value));
            }
        };
    }

    /** Django's {@code validate_slug}. */
    public static Validator<String> slug() {
        return value -> {
            if (!SLUG.matcher(value).find()) {
                throw new ValidationError(SLUG_MESSAGE, "invalid", Map.of("value", value));
            }
        };
    }

    /** Django's {@code validate_email}. */
    public static Validator<String> email() {
        return value -> {
            if (!EmailCheck.valid(value)) {
                throw new ValidationError("Enter a valid email address.", "invalid", Map.of("value", value));
            }
        };
    }

    /** Django's {@code URLValidator} with its default schemes http, https, ftp and ftps. */
    public static Validator<String> url() {
        return url(List.of("http", "https", "ftp", "ftps"));
    }

    /** Django's {@code URLValidator(schemes=...)}. */
    public static Validator<String> url(Collection<String> schemes) {
        return value -> {
            if (!UrlCheck.valid(value, schemes)) {
                throw new ValidationError("Enter a valid URL.", "invalid", Map.of("value", value));
            }
        };
    }

    /** Django's {@code DecimalValidator}: digits in total and after the point ({@code null}: no limit). */
    public static Validator<BigDecimal> decimal(Integer maxDigits, Integer decimalPlaces) {
        return value -> {
            BigDecimal stripped = value;
            int exponent = -stripped.scale();
            int digitCount = stripped.unscaledValue().abs().toString().length();
            if (stripped.signum() == 0) {
                digitCount = 1;
            }
            int digits;
            int decimals;
            if (exponent >= 0) {
                digits = digitCount + exponent;
                decimals = 0;
            } else if (-exponent > digitCount) {
                digits = decimals = -exponent;
            } else {
                digits = digitCount;
                decimals = -exponent;
            }
            int whole = digits - decimals;
            if (maxDigits != null && digits > maxDigits) {
                throw new ValidationError(plural(maxDigits, "Ensure that there are no more than %(max)s digit in total.",
                        "Ensure that there are no more than %(max)s digits in total."), "max_digits",
                        Map.of("max", maxDigits, "value", value));
            }
            if (decimalPlaces != null && decimals > decimalPlaces) {
                throw new ValidationError(plural(decimalPlaces,
                        "Ensure that there are no more than %(max)s decimal place.",
                        "Ensure that there are no more than %(max)s decimal places."), "max_decimal_places",
                        Map.of("max", decimalPlaces, "value", value));
            }
            if (maxDigits != null && decimalPlaces != null && whole > maxDigits - decimalPlaces) {
                int max = maxDigits - decimalPlaces;
                throw new ValidationError(plural(max,
                        "Ensure that there are no more than %(max)s digit before the decimal point.",
                        "Ensure that there are no more than %(max)s digits before the decimal point."),
                        "max_whole_digits", Map.of("max", max, "value", value));
            }
        };
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static int length(Object value) {
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        String s = String.valueOf(value);
        return s.codePointCount(0, s.length());
    }

    /** Django's EmailValidator, regex for regex. */
    private static final class EmailCheck {
        private static final Pattern USER = Pattern.compile(
                "(^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\\z"
                        + "|^\"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\"\\z)",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern DOMAIN = Pattern.compile(
                "((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\\z", Pattern.CASE_INSENSITIVE);
        private static final Pattern LITERAL = Pattern.compile("\\[([A-f0-9:.]+)\\]\\z", Pattern.CASE_INSENSITIVE);

        static boolean valid(String value) {
            if (value == null || value.isEmpty() || value.indexOf('@') < 0 || value.length() > 320) {
                return false;
            }
            int at = value.lastIndexOf('@');
            String user = value.substring(0, at);
            String domain = value.substring(at + 1);
            if (!USER.matcher(user).lookingAt()) {
                return false;
            }
            if (domain.equals("localhost") || validDomain(domain)) {
                return true;
            }
            try {
                return validDomain(IDN.toASCII(domain));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static boolean validDomain(String domain) {
            if (DOMAIN.matcher(domain).lookingAt()) {
                return true;
            }
            Matcher literal = LITERAL.matcher(domain);
            return literal.lookingAt() && IpAddresses.valid(literal.group(1));
        }
    }

    /** Django's URLValidator. */
    private static final class UrlCheck {
        private static final String UL = "\u00a1-\uffff";
        private static final String IPV4 =
                "(?:0|25[0-5]|2[0-4]\\d|1\\d?\\d?|[1-9]\\d?)(?:\\.(?:0|25[0-5]|2[0-4]\\d|1\\d?\\d?|[1-9]\\d?)){3}";
        private static final String IPV6 = "\\[[0-9a-f:.]+\\]";
        private static final String HOSTNAME = "[a-z" + UL + "0-9](?:[a-z" + UL + "0-9-]{0,61}[a-z" + UL + "0-9])?";
        private static final String DOMAIN = "(?:\\.(?!-)[a-z" + UL + "0-9-]{1,63}(?<!-))*";
        private static final String TLD = "\\.(?!-)(?:[a-z" + UL + "-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?";
        private static final String HOST = "(" + HOSTNAME + DOMAIN + TLD + "|localhost)";
        private static final Pattern URL = Pattern.compile("^(?:[a-z0-9.+-]*)://(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?"
                + "(?:" + IPV4 + "|" + IPV6 + "|" + HOST + ")(?::\\d{2,5})?(?:[/?#][^\\s]*)?\\z",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern BRACKETED_HOST = Pattern.compile("^\\[(.+)\\](?::\\d{2,5})?$");

        static boolean valid(String value, Collection<String> schemes) {
            if (value.length() > 2048 || value.indexOf('\t') >= 0 || value.indexOf('\r') >= 0
                    || value.indexOf('\n') >= 0) {
                return false;
            }
            int sep = value.indexOf("://");
            String scheme = (sep < 0 ? value : value.substring(0, sep)).toLowerCase();
            if (!schemes.contains(scheme)) {
                return false;
            }
            String netloc = PythonUrlSplit.netloc(value);
            if (!URL.matcher(value).find()) {
                try {
                    String ascii = PythonUrlSplit.replaceNetloc(value, IDN.toASCII(netloc));
                    if (!URL.matcher(ascii).find()) {
                        return false;
                    }
                } catch (IllegalArgumentException e) {
                    return false;
                }
            } else {
                Matcher bracketed = BRACKETED_HOST.matcher(netloc);
                if (bracketed.find() && !IpAddresses.validIpv6(bracketed.group(1))) {
                    return false;
                }
            }
            String hostname = PythonUrlSplit.hostname(netloc);
            return hostname != null && hostname.length() <= 253;
        }
    }

    /** The parts of {@code urllib.parse.urlsplit} URLValidator reads. */
    private static final class PythonUrlSplit {
        static String netloc(String url) {
            int sep = url.indexOf("://");
            if (sep < 0) {
                return "";
            }
            String rest = url.substring(sep + 3);
            int end = rest.length();
            for (char c : new char[] {'/', '?', '#'}) {
                int i = rest.indexOf(c);
                if (i >= 0 && i < end) {
                    end = i;
                }
            }
            return rest.substring(0, end);
        }

        static String replaceNetloc(String url, String netloc) {
            int sep = url.indexOf("://");
            String old = netloc(url);
            return url.substring(0, sep + 3) + netloc + url.substring(sep + 3 + old.length());
        }

        static String hostname(String netloc) {
            String host = netloc.substring(netloc.lastIndexOf('@') + 1);
            if (host.startsWith("[")) {
                int close = host.indexOf(']');
                return close < 0 ? null : host.substring(1, close).toLowerCase();
            }
            int colon = host.indexOf(':');
            if (colon >= 0) {
                host = host.substring(0, colon);
            }
            return host.isEmpty() ? null : host.toLowerCase();
        }
    }

    /** IP literal checks, without name lookups. */
    private static final class IpAddresses {
        private static final Pattern IPV4 = Pattern.compile(
                "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

        static boolean valid(String ip) {
            return IPV4.matcher(ip).matches() || validIpv6(ip);
        }

        static boolean validIpv6(String ip) {
            if (!ip.contains(":") || !ip.matches("[0-9A-Fa-f:.]+")) {
                return false;
            }
            try {
                new URI("http", null, "[" + ip + "]", -1, null, null, null);
                return true;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
