package dev.hotclub.mail;

import static dev.hotclub.project.Env.env;
import static dev.hotclub.project.Env.envBool;
import static dev.hotclub.project.Env.envInt;

import dev.hotclub.project.Env;
import dev.hotclub.conf.ImproperlyConfigured;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Django's email settings: which backend sends ({@code EMAIL_BACKEND}), the SMTP server and its login, and the
 * default sender. Read from the environment by {@link #fromEnv()}; docs/AUTH.md lists each with its default.
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

    /** From the environment; EMAIL_BACKEND defaults to {@code console} when DEBUG is on, else {@code smtp}. */
    public static MailSettings fromEnv() {
        return fromEnv(envBool("DEBUG", false));
    }

    /** From the environment; EMAIL_BACKEND defaults to {@code console} when {@code debug}, else {@code smtp}. */
    public static MailSettings fromEnv(boolean debug) {
        int seconds = envInt("EMAIL_TIMEOUT", (int) DEFAULT_TIMEOUT.toSeconds());
        return new MailSettings(
                env("EMAIL_BACKEND", debug ? "console" : "smtp"),
                env("EMAIL_HOST", "localhost"),
                envInt("EMAIL_PORT", 25),
                env("EMAIL_HOST_USER", ""),
                env("EMAIL_HOST_PASSWORD", ""),
                envBool("EMAIL_USE_TLS", false),
                envBool("EMAIL_USE_SSL", false),
                seconds > 0 ? Duration.ofSeconds(seconds) : null,
                env("DEFAULT_FROM_EMAIL", "webmaster@localhost"),
                Env.lookup("EMAIL_FILE_PATH").map(Path::of).orElse(null));
    }

    @Override
    public String toString() {
        // Never the password: settings get printed in logs and error pages.
        return "MailSettings[backend=" + backend + ", host=" + host + ", port=" + port + ", hostUser=" + hostUser
                + ", useTls=" + useTls + ", useSsl=" + useSsl + ", timeout=" + timeout + ", defaultFromEmail="
                + defaultFromEmail + ", filePath=" + filePath + "]";
    }
}
