package dev.hotclub.project;

import dev.hotclub.auth.AuthSettings;
import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.throttle.LoginThrottleSettings;
import dev.hotclub.auth.tokens.PasswordResetTokens;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.mail.MailSettings;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import java.util.List;

/**
 * The catalogue of the framework's settings (Django's {@code global_settings.py}): every {@link Setting} a project
 * can set. {@link Project.Builder#build()} reads each one's environment variable, once, and refuses a project setting
 * named like one of them; docs/SETTINGS.md has a row for each (a test checks it).
 *
 * <p>A framework package adds a setting with one constant where it is used and one line here:
 * <pre>{@code
 * public static final Setting<Integer> CONN_MAX_AGE = Setting.integer("CONN_MAX_AGE", 0, 0, "Seconds a connection lives.");
 * }</pre>
 * A package whose settings are listed here sits below {@code project} in the package order (docs/ARCHITECTURE.md).
 */
public final class FrameworkSettings {
    private FrameworkSettings() {
    }

    /** Every framework setting, in the order docs/SETTINGS.md lists them. */
    public static final List<Setting<?>> ALL = List.of(
            // The request's own (conf.Settings)
            Settings.DEBUG,
            Settings.ALLOWED_HOSTS,
            Settings.SECRET_KEY,
            Settings.SECURE_PROXY_SSL_HEADER,
            Settings.USE_X_FORWARDED_HOST,
            Settings.USE_X_FORWARDED_PORT,
            Settings.NUM_PROXIES,
            // The built-in middleware's
            CommonMiddleware.APPEND_SLASH,
            CsrfViewMiddleware.CSRF_TRUSTED_ORIGINS,
            CsrfViewMiddleware.CSRF_COOKIE_SECURE,
            SessionMiddleware.SESSION_COOKIE_AGE,
            SessionMiddleware.SESSION_COOKIE_SECURE,
            SessionMiddleware.SESSION_ENGINE,
            SecurityMiddleware.SECURE_SSL_REDIRECT,
            SecurityMiddleware.SECURE_HSTS_SECONDS,
            SecurityMiddleware.SECURE_HSTS_INCLUDE_SUBDOMAINS,
            SecurityMiddleware.SECURE_HSTS_PRELOAD,
            SecurityMiddleware.SECURE_REFERRER_POLICY,
            SecurityMiddleware.SECURE_CONTENT_TYPE_NOSNIFF,
            XFrameOptionsMiddleware.X_FRAME_OPTIONS,
            // The server's
            Limits.LIMITS,
            Project.READINESS_URL,
            RequestLogFormat.REQUEST_LOG_FORMAT,
            // The databases'
            DatabaseSettings.DATABASE_URL,
            DatabaseSettings.ATOMIC_REQUESTS,
            DatabaseSettings.DATABASE_POOL_SIZE,
            DatabaseSettings.DATABASES,

            // Passwords and logins (auth)
            PasswordHashers.PASSWORD_HASHERS,
            PasswordResetTokens.PASSWORD_RESET_TIMEOUT,
            UserModel.AUTH_USER_MODEL,
            AuthSettings.LOGIN_URL,
            AuthSettings.LOGIN_REDIRECT_URL,
            AuthSettings.LOGOUT_REDIRECT_URL,
            LoginThrottleSettings.LOGIN_THROTTLE_USERNAME_FAILURES,
            LoginThrottleSettings.LOGIN_THROTTLE_ADDRESS_FAILURES,
            LoginThrottleSettings.LOGIN_THROTTLE_WINDOW,
            LoginThrottleSettings.LOGIN_THROTTLE_LOCKOUT,
            LoginThrottleSettings.LOGIN_THROTTLE_MAX_KEYS,
            // Email (mail)
            MailSettings.EMAIL_BACKEND,
            MailSettings.EMAIL_HOST,
            MailSettings.EMAIL_PORT,
            MailSettings.EMAIL_HOST_USER,
            MailSettings.EMAIL_HOST_PASSWORD,
            MailSettings.EMAIL_USE_TLS,
            MailSettings.EMAIL_USE_SSL,
            MailSettings.EMAIL_TIMEOUT,
            MailSettings.DEFAULT_FROM_EMAIL,
            MailSettings.EMAIL_FILE_PATH);

    /**
     * Checks the settings that must go together, once each is valid on its own: the build calls it, so that a
     * mismatch stops the project where it is built (and a packaged server at start), naming the settings.
     *
     * @throws dev.hotclub.conf.ImproperlyConfigured EMAIL_USE_TLS with EMAIL_USE_SSL, the file mail backend
     *                                               without EMAIL_FILE_PATH
     */
    static void checkTogether(Settings settings) {
        MailSettings.from(settings);
    }
}
