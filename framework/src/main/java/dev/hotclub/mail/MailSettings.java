package dev.hotclub.mail;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Django's email settings: which backend sends ({@code EMAIL_BACKEND}), the SMTP server and its login, and the
 * default sender. Each is a {@link Setting} of the project's settings (the code's value, else the environment
 * variable of its name, else its default: docs/SETTINGS.md); {@link #from(Settings)} gathers them, and checks those
 * that go together, which the project's build does too.
 *
 * @param backend        {@code smtp}, {@code console}, {@code locmem}, {@code file} or {@code dummy}
 * @param host           EMAIL_HOST
 * @param port           EMAIL_PORT
 * @param hostUser       EMAIL_HOST_USER; empty: no SMTP login
 * @param hostPassword   EMAIL_HOST_PASSWORD
 * @param useTls         EMAIL_USE_TLS: STARTTLS on a plain connection (port 587), required, never clear text
 * @param useSsl         EMAIL_USE_SSL: TLS from the first byte (port 465)
 * @param timeout        EMAIL_TIMEOUT: connect, read and write timeout
 * @param defaultFromEmail DEFAULT_FROM_EMAIL: the sender of messages that name none
 * @param filePath       EMAIL_FILE_PATH: the folder the file backend writes to
 */
public record MailSettings(String backend, String host, int port, String hostUser, String hostPassword,
                           boolean useTls, boolean useSsl, Duration timeout, String defaultFromEmail, Path filePath) {
    private static final Map<String, String> DJANGO_BACKENDS = Map.of(
            "django.core.mail.backends.smtp.EmailBackend", "smtp",
            "django.core.mail.backends.console.EmailBackend", "console",
            "django.core.mail.backends.locmem.EmailBackend", "locmem",
            "django.core.mail.backends.filebased.EmailBackend", "file",
            "django.core.mail.backends.dummy.EmailBackend", "dummy");

    /** Django's default is no timeout, which lets a stuck mail server hold a request's thread for ever. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** EMAIL_BACKEND: a backend's name or Django's class path for it; unset (null), console with DEBUG on, else smtp. */
    public static final Setting<String> EMAIL_BACKEND = Setting.of("EMAIL_BACKEND", null, String::trim,
            "smtp, console, locmem, file or dummy (or Django's class path for one)",
            "Which backend sends mail; unset, console with DEBUG on and smtp with it off.").checkedBy(name -> {
                if (name != null && !DJANGO_BACKENDS.containsKey(name) && !DJANGO_BACKENDS.containsValue(name)) {
                    throw new IllegalArgumentException("EMAIL_BACKEND must be smtp, console, locmem (tests), file or"
                            + " dummy; got \"" + name + "\"");
                }
            });
    /** EMAIL_HOST: the SMTP server. */
    public static final Setting<String> EMAIL_HOST = Setting.text("EMAIL_HOST", "localhost", "The SMTP server's host.");
    /** EMAIL_PORT: the SMTP server's port. */
    public static final Setting<Integer> EMAIL_PORT = Setting.integer("EMAIL_PORT", 25, 1, "The SMTP server's port.")
            .checkedBy(port -> {
                if (port > 65535) {
                    throw new IllegalArgumentException("EMAIL_PORT must be between 1 and 65535, got " + port);
                }
            });
    /** EMAIL_HOST_USER: the SMTP login; empty, none. */
    public static final Setting<String> EMAIL_HOST_USER = Setting.text("EMAIL_HOST_USER", "",
            "The SMTP login's user; empty: no login.");
    /** EMAIL_HOST_PASSWORD: the SMTP login's password. */
    public static final Setting<String> EMAIL_HOST_PASSWORD = Setting.text("EMAIL_HOST_PASSWORD", "",
            "The SMTP login's password.");
    /** EMAIL_USE_TLS: STARTTLS, usually on port 587. */
    public static final Setting<Boolean> EMAIL_USE_TLS = Setting.bool("EMAIL_USE_TLS", false,
            "STARTTLS on a plain connection (port 587); not with EMAIL_USE_SSL.");
    /** EMAIL_USE_SSL: TLS from the first byte, usually on port 465. */
    public static final Setting<Boolean> EMAIL_USE_SSL = Setting.bool("EMAIL_USE_SSL", false,
            "TLS from the first byte (port 465); not with EMAIL_USE_TLS.");
    /** EMAIL_TIMEOUT: connect, read and write timeout; null (0 in the environment) for none. */
    public static final Setting<Duration> EMAIL_TIMEOUT = Setting.of("EMAIL_TIMEOUT", DEFAULT_TIMEOUT,
            text -> {
                long seconds = Long.parseLong(text.trim());
                return seconds == 0 ? null : Duration.ofSeconds(seconds);
            }, "a whole number of seconds, 0 for none, e.g. EMAIL_TIMEOUT=60",
            "The SMTP connection's timeout; 0 (null in code) for none.").checkedBy(timeout -> {
                if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                    throw new IllegalArgumentException("EMAIL_TIMEOUT must be a positive duration, or null for none;"
                            + " got " + timeout);
                }
            });
    /** DEFAULT_FROM_EMAIL: the sender of messages that name none. */
    public static final Setting<String> DEFAULT_FROM_EMAIL = Setting.text("DEFAULT_FROM_EMAIL", "webmaster@localhost",
            "The sender of messages that name none.");
    /** EMAIL_FILE_PATH: the folder the file backend writes to. */
    public static final Setting<Path> EMAIL_FILE_PATH = Setting.of("EMAIL_FILE_PATH", null, Path::of,
            "a folder, e.g. EMAIL_FILE_PATH=/tmp/app-messages", "The folder the file backend writes messages to.");

    public MailSettings {
        backend = DJANGO_BACKENDS.getOrDefault(backend, backend);
        if (!DJANGO_BACKENDS.containsValue(backend)) {
            throw new ImproperlyConfigured("EMAIL_BACKEND=\"" + backend + "\" is not a mail backend: use smtp,"
                    + " console, locmem (tests), file or dummy");
        }
        if (useTls && useSsl) {
            throw new ImproperlyConfigured("EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive, so only set one of"
                    + " those settings to True.");
        }
        if (port < 1 || port > 65535) {
            throw new ImproperlyConfigured("EMAIL_PORT must be between 1 and 65535, got " + port);
        }
        if (backend.equals("file") && filePath == null) {
            throw new ImproperlyConfigured("The file mail backend needs EMAIL_FILE_PATH, the folder to write"
                    + " messages to, e.g. EMAIL_FILE_PATH=/tmp/app-messages");
        }
    }

    /** Django's defaults: SMTP on localhost:25 without login, from {@code webmaster@localhost}. */
    public static MailSettings defaults() {
        return new MailSettings("smtp", "localhost", 25, "", "", false, false, DEFAULT_TIMEOUT,
                "webmaster@localhost", null);
    }

    /** These settings with another backend ({@code locmem} in tests). */
    public MailSettings withBackend(String name) {
        return new MailSettings(name, host, port, hostUser, hostPassword, useTls, useSsl, timeout, defaultFromEmail,
                filePath);
    }

    /**
     * The mail settings of {@code settings}: EMAIL_BACKEND, else {@code console} with DEBUG on and {@code smtp} with
     * it off. An {@link ImproperlyConfigured} names the settings that do not go together (EMAIL_USE_TLS with
     * EMAIL_USE_SSL, the file backend without EMAIL_FILE_PATH).
     */
    public static MailSettings from(Settings settings) {
        String backend = settings.get(EMAIL_BACKEND);
        return new MailSettings(
                backend != null ? backend : settings.debug() ? "console" : "smtp",
                settings.get(EMAIL_HOST),
                settings.get(EMAIL_PORT),
                settings.get(EMAIL_HOST_USER),
                settings.get(EMAIL_HOST_PASSWORD),
                settings.get(EMAIL_USE_TLS),
                settings.get(EMAIL_USE_SSL),
                settings.get(EMAIL_TIMEOUT),
                settings.get(DEFAULT_FROM_EMAIL),
                settings.get(EMAIL_FILE_PATH));
    }

    @Override
    public String toString() {
        // Never the password: settings get printed in logs and error pages.
        return "MailSettings[backend=" + backend + ", host=" + host + ", port=" + port + ", hostUser=" + hostUser
                + ", useTls=" + useTls + ", useSsl=" + useSsl + ", timeout=" + timeout + ", defaultFromEmail="
                + defaultFromEmail + ", filePath=" + filePath + "]";
    }
}
