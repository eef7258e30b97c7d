package dev.hotclub.project;

import dev.hotclub.urls.ImproperlyConfigured;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's settings, as Django's {@code settings}: the framework's own ({@link #debug()},
 * {@link #allowedHosts()}, {@link #secretKey()}, the proxy headers to trust) and what the project adds with
 * {@code Project.Builder.setting(key, value)}. Views and middleware read them with {@code request.settings()}.
 * Immutable. docs/SETTINGS.md lists every setting, its environment variable and its default.
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

    private final Map<String, Object> values;
    private final boolean debug;
    private final List<String> allowedHosts;
    private final String secretKey;
    private final ProxySslHeader secureProxySslHeader;
    private final boolean useXForwardedHost;
    private final boolean useXForwardedPort;
    private final int numProxies;

    Settings(Map<String, Object> values, boolean debug, List<String> allowedHosts, String secretKey,
             ProxySslHeader secureProxySslHeader, boolean useXForwardedHost, boolean useXForwardedPort, int numProxies) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.debug = debug;
        this.allowedHosts = List.copyOf(allowedHosts);
        this.secretKey = secretKey;
        this.secureProxySslHeader = secureProxySslHeader;
        this.useXForwardedHost = useXForwardedHost;
        this.useXForwardedPort = useXForwardedPort;
        if (numProxies < 0) {
            throw new ImproperlyConfigured("NUM_PROXIES must be 0 or more, got " + numProxies);
        }
        this.numProxies = numProxies;
    }

    /** The framework's defaults, nothing from the environment and none of a project's own: an unserved request's. */
    public static Settings defaults() {
        return new Settings(Map.of(), false, List.of(), null, null, false, false, 0);
    }

    /** These settings with {@code hosts} added to ALLOWED_HOSTS (the test client adds {@code testserver}). */
    Settings withAllowedHosts(List<String> hosts) {
        List<String> all = new ArrayList<>(allowedHosts);
        all.addAll(hosts);
        return new Settings(values, debug, all, secretKey, secureProxySslHeader, useXForwardedHost,
                useXForwardedPort, numProxies);
    }

    /** DEBUG: technical error pages, templates re-read on every use, localhost allowed when ALLOWED_HOSTS is empty. */
    public boolean debug() {
        return debug;
    }

    /**
     * ALLOWED_HOSTS: the host names this project serves ({@code example.com}, {@code .example.com} for it and its
     * subdomains, {@code *} for any). Empty by default; with DEBUG on, empty means the localhost names.
     */
    public List<String> allowedHosts() {
        return allowedHosts;
    }

    /**
     * SECRET_KEY, for whatever the project signs (its sessions). Read it when it is needed, as Django 3.2 does: a
     * missing key is an {@link ImproperlyConfigured} that says to set SECRET_KEY in the environment. See
     * {@link #deploymentSecretKey()} for what the production launcher checks at start.
     */
    public String secretKey() {
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

    /** SECURE_PROXY_SSL_HEADER, or {@code null} (the default): which proxy header says the client used https. */
    public ProxySslHeader secureProxySslHeader() {
        return secureProxySslHeader;
    }

    /** USE_X_FORWARDED_HOST: whether {@code X-Forwarded-Host} replaces {@code Host} (off by default). */
    public boolean useXForwardedHost() {
        return useXForwardedHost;
    }

    /** USE_X_FORWARDED_PORT: whether {@code X-Forwarded-Port} replaces the server's port (off by default). */
    public boolean useXForwardedPort() {
        return useXForwardedPort;
    }

    /**
     * NUM_PROXIES (as Django REST framework's): how many proxies in front append to {@code X-Forwarded-For}. 0
     * (the default) trusts none: the client address is the socket's peer.
     */
    public int numProxies() {
        return numProxies;
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

    /** The project's own settings (the framework's are read with their methods). */
    public Map<String, Object> asMap() {
        return values;
    }
}
