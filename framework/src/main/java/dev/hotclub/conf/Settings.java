package dev.hotclub.conf;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A project's settings, as Django's {@code settings}: the framework's, each a typed {@link Setting} read with
 * {@link #get(Setting)} ({@code request.settings().get(Settings.ALLOWED_HOSTS)}), and the project's own, added with
 * {@code Project.Builder.setting(key, value)} and read with {@link #get(String)}. Views, middleware and the framework
 * read them the same way: {@code request.settings()} in a request, {@code project.settings()} elsewhere. Built once
 * per project and immutable. docs/SETTINGS.md lists every setting, its environment variable and its default.
 *
 * <p>The settings the request itself reads (DEBUG, ALLOWED_HOSTS, SECRET_KEY and the proxy settings) are declared
 * here; the others where they are used (CommonMiddleware.APPEND_SLASH, CsrfViewMiddleware.CSRF_TRUSTED_ORIGINS...).
 */
public final class Settings {
    /** How startproject's development keys begin; with DEBUG off such a key is refused (Django's django-insecure-). */
    public static final String DEVELOPMENT_KEY_PREFIX = "hotclub-insecure-";

    /** Django's {@code SECURE_PROXY_SSL_HEADER}: a request whose {@code header} equals {@code value} is https. */
    public record ProxySslHeader(String header, String value) {
        public ProxySslHeader {
            if (header == null || header.isBlank() || value == null) {
                throw new ImproperlyConfigured("SECURE_PROXY_SSL_HEADER needs a header name and a value, e.g."
                        + " X-Forwarded-Proto: https");
            }
        }

        /** Parses {@code "X-Forwarded-Proto: https"} (the SECURE_PROXY_SSL_HEADER variable's form). */
        public static ProxySslHeader parse(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0 || text.substring(colon + 1).isBlank()) {
                throw new ImproperlyConfigured("SECURE_PROXY_SSL_HEADER=\"" + text + "\" is not \"Header: value\";"
                        + " write e.g. SECURE_PROXY_SSL_HEADER=\"X-Forwarded-Proto: https\"");
            }
            return new ProxySslHeader(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
        }
    }

    /** DEBUG: technical error pages, templates re-read on every use, localhost allowed when ALLOWED_HOSTS is empty. */
    public static final Setting<Boolean> DEBUG = Setting.bool("DEBUG", false,
            "Technical error pages, templates re-read on every use; never on in production.");
    /** ALLOWED_HOSTS: {@code example.com}, {@code .example.com} (and its subdomains), {@code *} for any. */
    public static final Setting<List<String>> ALLOWED_HOSTS = Setting.list("ALLOWED_HOSTS", List.of(),
            "The host names served; empty with DEBUG on means the localhost names.");
    /** SECRET_KEY, for what the project signs (sessions); read through {@link #secretKey()}. */
    public static final Setting<String> SECRET_KEY = Setting.text("SECRET_KEY", null,
            "The key for what the project signs (sessions, CSRF tokens).");
    /** SECURE_PROXY_SSL_HEADER: which proxy header says the client used https; null trusts none. */
    public static final Setting<ProxySslHeader> SECURE_PROXY_SSL_HEADER = Setting.of("SECURE_PROXY_SSL_HEADER", null,
            text -> text.isBlank() ? null : ProxySslHeader.parse(text), "\"Header: value\", e.g."
                    + " SECURE_PROXY_SSL_HEADER=\"X-Forwarded-Proto: https\"",
            "Behind a TLS proxy: the header and value that mark an https request.");
    /** USE_X_FORWARDED_HOST: whether {@code X-Forwarded-Host} replaces {@code Host}. */
    public static final Setting<Boolean> USE_X_FORWARDED_HOST = Setting.bool("USE_X_FORWARDED_HOST", false,
            "X-Forwarded-Host replaces Host in request.host().");
    /** USE_X_FORWARDED_PORT: whether {@code X-Forwarded-Port} replaces the server's port. */
    public static final Setting<Boolean> USE_X_FORWARDED_PORT = Setting.bool("USE_X_FORWARDED_PORT", false,
            "X-Forwarded-Port replaces the server's port in request.port().");
    /** NUM_PROXIES (Django REST framework's): how many proxies in front append to {@code X-Forwarded-For}. */
    public static final Setting<Integer> NUM_PROXIES = Setting.integer("NUM_PROXIES", 0, 0,
            "How many proxies append to X-Forwarded-For (request.clientAddress()).");

    // The framework's values by setting: what code set, else the environment, else nothing (the default applies).
    private final Map<Setting<?>, Object> framework;
    private final Map<String, Object> values;
    private final boolean debug;

    private Settings(Map<Setting<?>, Object> framework, Map<String, Object> values) {
        this.framework = Collections.unmodifiableMap(new HashMap<>(framework));
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.debug = get(DEBUG);
    }

    /** The framework's defaults, nothing from the environment and none of a project's own: an unserved request's. */
    public static Settings defaults() {
        return new Settings(Map.of(), Map.of());
    }

    /**
     * The settings a project is built with: for each setting of {@code catalogue}, the value {@code code} gives,
     * else its variable in {@code environment} (parsed and checked: a bad value is an {@link ImproperlyConfigured}),
     * else its default; a setting of {@code code} not in the catalogue is kept as given. {@code own} are the
     * project's own settings, which may not be named as a framework setting or a near miss of one; nor may a variable
     * of {@code environmentNames} be a near miss of one ({@code ALLOWED_HOST=...} would be silently ignored).
     */
    public static Settings resolve(List<Setting<?>> catalogue, Map<Setting<?>, ?> code, Map<String, ?> own,
                                   Function<String, Optional<String>> environment, Collection<String> environmentNames) {
        Set<String> names = new HashSet<>();
        catalogue.forEach(setting -> names.add(setting.name()));
        for (String variable : environmentNames) {
            if (names.contains(variable)) {
                continue;
            }
            for (Setting<?> setting : catalogue) {
                if (setting.environmentVariable() != null && setting.nearMiss(variable)) {
                    throw new ImproperlyConfigured("The environment variable " + variable + " looks like the setting "
                            + setting.name() + ", which it does not set: rename it " + setting.name() + " (or unset it).");
                }
            }
        }
        for (String key : own.keySet()) {
            for (Setting<?> setting : catalogue) {
                if (setting.nearMiss(key)) {
                    throw new ImproperlyConfigured(ownKeyMistake(key, setting));
                }
            }
        }
        Map<Setting<?>, Object> values = new HashMap<>(code);
        for (Setting<?> setting : catalogue) {
            if (!code.containsKey(setting) && setting.environmentVariable() != null) {
                environment.apply(setting.environmentVariable())
                        .ifPresent(text -> values.put(setting, setting.parse(text)));
            }
        }
        return new Settings(values, new LinkedHashMap<>(own));
    }

    private static String ownKeyMistake(String key, Setting<?> setting) {
        String same = key.equals(setting.name()) ? "is the framework setting " : "looks like the framework setting ";
        return "The project setting \"" + key + "\" " + same + setting.name() + ": write .set(" + setting.constant()
                + ", value) on Project.named(...)" + (setting.environmentVariable() == null ? ""
                : " or set the " + setting.name() + " environment variable")
                + (key.equals(setting.name()) ? "" : ", or choose a name of your own that is not a near miss of it")
                + ". .setting(key, value) is for the project's own settings.";
    }

    /** The value of a framework setting: what the code set, else its environment variable, else its default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Map<Setting<?>, Object> values = framework;
        // One lookup for a setting that is set (read on every request: ALLOWED_HOSTS, the proxy settings).
        Object value = values.get(setting);
        return value != null || values.containsKey(setting) ? (T) value : setting.defaultValue();
    }

    /** These settings with {@code setting} set to {@code value} (the test client: DEBUG off, {@code testserver}). */
    public <T> Settings with(Setting<T> setting, T value) {
        Map<Setting<?>, Object> changed = new HashMap<>(framework);
        changed.put(setting, setting.check(value));
        return new Settings(changed, values);
    }

    /** DEBUG (as {@code get(DEBUG)}). */
    public boolean debug() {
        return debug;
    }

    /**
     * SECRET_KEY, for whatever the project signs (its sessions). Read it when it is needed, as Django 3.2 does: a
     * missing key is an {@link ImproperlyConfigured} that says to set SECRET_KEY in the environment. See
     * {@link #deploymentSecretKey()} for what the production launcher checks at start.
     */
    public String secretKey() {
        String secretKey = get(SECRET_KEY);
        if (secretKey == null || secretKey.isBlank()) {
            throw new ImproperlyConfigured("The SECRET_KEY setting must not be empty: set the SECRET_KEY environment"
                    + " variable to a long random value, e.g. SECRET_KEY=\"$(head -c 48 /dev/urandom | base64)\".");
        }
        return secretKey;
    }

    /**
     * The SECRET_KEY a production server signs with: as {@link #secretKey()}, and with DEBUG off never the
     * development key startproject wrote into the code. The launcher asks for it at start when the project signs
     * anything (its sessions), so that a server missing its key refuses to start instead of failing per request.
     */
    public String deploymentSecretKey() {
        String secretKey = secretKey();
        if (!debug && secretKey.startsWith(DEVELOPMENT_KEY_PREFIX)) {
            throw new ImproperlyConfigured("SECRET_KEY is the development key that startproject wrote into the"
                    + " project's code, and DEBUG is off: set the SECRET_KEY environment variable to a secret value,"
                    + " e.g. SECRET_KEY=\"$(head -c 48 /dev/urandom | base64)\".");
        }
        return secretKey;
    }

    /** The value of the project's own setting {@code key}; an unknown key is an error listing the known ones. */
    public Object get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("No setting '" + key + "': the project sets "
                    + (values.isEmpty() ? "none" : String.join(", ", values.keySet()))
                    + ". Add it with Project.named(...).setting(\"" + key + "\", value)");
        }
        return values.get(key);
    }

    /** The value of {@code key} as a {@code type}. */
    public <T> T get(String key, Class<T> type) {
        Object value = get(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("The setting '" + key + "' is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** The value of {@code key}, or {@code defaultValue} when the project does not set it. */
    @SuppressWarnings("unchecked")
    public <T> T getOrDefault(String key, T defaultValue) {
        return values.containsKey(key) ? (T) values.get(key) : defaultValue;
    }

    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /** The project's own settings (the framework's are read with {@link #get(Setting)}). */
    public Map<String, Object> asMap() {
        return values;
    }
}
