package dev.hotclub.project;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import dev.hotclub.http.Middleware;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.project.internal.InstalledApps;
import dev.hotclub.project.internal.ProjectDatabases;
import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Converters;
import dev.hotclub.urls.Resolver;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlPattern;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Hotclub project: its name, debug flag, root URLconf, middleware, template folders and settings (Django's
 * {@code settings.py} plus {@code urls.py}). Built once by the fluent DSL and immutable afterwards; the dev
 * server builds a new one for each code generation.
 *
 * <pre>{@code
 * Project.named("mysite")
 *     .allowedHosts("example.com")          // or ALLOWED_HOSTS in the environment
 *     .urls(path("greetings/", include(new GreetingsApp())))
 *     .middleware(new TimingMiddleware())
 *     .setting("GREETING", "Hello")
 *     .build();
 * }</pre>
 *
 * {@link Builder#build()} builds the {@link Resolver}: a bad route fails there, naming the route and its app.
 */
public final class Project {
    /**
     * READINESS_URL: the path a load balancer polls, answered 200 "ready" ahead of the project (docs/DEPLOY.md);
     * none by default.
     */
    public static final Setting<String> READINESS_URL = Setting.text("READINESS_URL", null,
            "The readiness check's path, answered 200 ahead of the project; none by default.").checkedBy(path -> {
                if (path != null && !path.isEmpty() && (!path.startsWith("/")
                        || path.chars().anyMatch(c -> c == '?' || c == '#' || c <= ' ' || c == '%'))) {
                    throw new ImproperlyConfigured("The READINESS_URL setting must be a plain URL path starting with"
                            + " '/', such as '/-/ready/'; it is '" + path + "'. Set it to a path your URLconf does not"
                            + " use, or unset it to turn the readiness check off.");
                }
            });

    // What the project was built as; withBaseDir, withResourceDirs and withAllowedHost keep it and change the rest.
    private final Definition definition;
    private final Settings settings;
    private final boolean debug;
    private final Path baseDir;
    private final List<Path> resourceDirs;
    private final List<Path> templateDirs;
    private final List<Path> staticDirs;

    /**
     * The part of a project no copy changes.
     *
     * @param givenTemplateDirs the template folders as given (possibly relative to the base dir); null for the default
     * @param givenStaticDirs   the static folders as given; null for the default
     */
    private record Definition(String name, ClassLoader classLoader, UrlConf urlConf, String urlConfOrigin,
                              Resolver resolver, List<App> apps, List<Middleware> middleware,
                              List<Path> givenTemplateDirs, List<Path> givenStaticDirs, String staticUrl) {
    }

    private Project(Definition definition, Path baseDir, List<Path> resourceDirs, Settings settings) {
        this.definition = definition;
        this.settings = settings;
        this.debug = settings.debug();
        this.baseDir = baseDir.toAbsolutePath();
        this.resourceDirs = List.copyOf(resourceDirs);
        this.templateDirs = resolve(this.baseDir, definition.givenTemplateDirs(), "templates");
        this.staticDirs = resolve(this.baseDir, definition.givenStaticDirs(), "static");
    }

    private static Project built(Builder b, Resolver resolver, List<App> apps) {
        Settings settings = Settings.resolve(FrameworkSettings.ALL, b.values, b.settings, Env::lookup,
                Env.names());
        FrameworkSettings.checkTogether(settings);
        Definition definition = new Definition(b.name, b.classLoader, b.urlConf, b.origin, resolver, List.copyOf(apps),
                List.copyOf(b.middleware),
                b.templateDirs == null ? null : List.copyOf(b.templateDirs),
                b.staticDirs == null ? null : List.copyOf(b.staticDirs),
                b.staticUrl);
        Project project = new Project(definition, b.baseDir, b.resourceDirs, settings);
        ProjectDatabases.install(project);
        return project;
    }

    private static List<Path> resolve(Path baseDir, List<Path> given, String defaultFolder) {
        return given == null ? List.of(baseDir.resolve(defaultFolder)) : given.stream().map(baseDir::resolve).toList();
    }

    /**
     * This project with another base dir: its relative (and default) template and static folders move with it.
     * A launcher that knows where the project lives (the dev server) pins it, whatever the working directory.
     */
    public Project withBaseDir(Path baseDir) {
        return new Project(definition, baseDir, resourceDirs, settings);
    }

    /** This project with these file-system resource folders searched before the class path (the dev server's). */
    public Project withResourceDirs(Path... resourceDirs) {
        return new Project(definition, baseDir, Arrays.asList(resourceDirs), settings);
    }

    /** Starts the DSL for a project called {@code name} (e.g. {@code mysite}). */
    public static Builder named(String name) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.skip(1).findFirst().map(StackWalker.StackFrame::getDeclaringClass).orElse(null));
        return new Builder(name, caller == null ? name : caller.getName(),
                caller == null || caller.getClassLoader() == null ? Project.class.getClassLoader() : caller.getClassLoader());
    }

    public String name() {
        return definition.name();
    }

    /** Debug mode: technical error pages, templates re-read on every use. */
    public boolean debug() {
        return debug;
    }

    /** The root URLconf. */
    public UrlConf urlConf() {
        return definition.urlConf();
    }

    /** Where the root URLconf was written: the class that called {@link #named}, e.g. {@code mysite.Site}. */
    public String urlConfOrigin() {
        return definition.urlConfOrigin();
    }

    /** The resolver built from the root URLconf and the project's converters. */
    public Resolver resolver() {
        return definition.resolver();
    }

    /** The installed apps: every {@link App} the URLconf includes, in the order they are mounted. */
    public List<App> apps() {
        return definition.apps();
    }

    /** The project's middleware (Django's {@code MIDDLEWARE}), outermost first. */
    public List<Middleware> middleware() {
        return definition.middleware();
    }

    /** The project's folder; relative template folders are resolved against it. */
    public Path baseDir() {
        return baseDir;
    }

    /** The project's template folders, searched before the apps' templates ({@code <baseDir>/templates} by default). */
    public List<Path> templateDirs() {
        return templateDirs;
    }

    /**
     * Resource folders on the file system (the dev server gives {@code src/main/resources}) searched before the
     * class path for the apps' templates and static files, so that an edit is seen without a build.
     */
    public List<Path> resourceDirs() {
        return resourceDirs;
    }

    /** Where static files are served, {@code /static/} by default (Django's {@code STATIC_URL}); null for nowhere. */
    public String staticUrl() {
        return definition.staticUrl();
    }

    /**
     * The project's static folders (Django's {@code STATICFILES_DIRS}), searched before each app's
     * {@code <package as path>/static/}; {@code <baseDir>/static} by default.
     */
    public List<Path> staticDirs() {
        return staticDirs;
    }

    /**
     * The settings: the framework's, read with {@code settings().get(Settings.ALLOWED_HOSTS)}, and the project's
     * own, read with {@code settings().get("GREETING")}. A request has the same object: {@code request.settings()}.
     */
    public Settings settings() {
        return settings;
    }

    /** This project also serving {@code host}: the test client adds {@code testserver}, as Django's test runner. */
    public Project withAllowedHost(String host) {
        List<String> hosts = new ArrayList<>(settings.get(Settings.ALLOWED_HOSTS));
        hosts.add(host);
        return new Project(definition, baseDir, resourceDirs, settings.with(Settings.ALLOWED_HOSTS, List.copyOf(hosts)));
    }

    /** This project with {@code setting} changed (the test client turns DEBUG off, as Django's test runner). */
    public <T> Project with(Setting<T> setting, T value) {
        return new Project(definition, baseDir, resourceDirs, settings.with(setting, value));
    }

    /**
     * The class loader of the project's own classes (the one that loaded the class calling {@link #named}): the
     * server makes it the context class loader of the thread running the middleware and the view, so that
     * {@code ServiceLoader}, JDBC drivers and Jackson modules find the project's resources in the dev server too;
     * a packaged project's {@code templates/} and {@code static/} folders are read from it when not on disk.
     */
    public ClassLoader classLoader() {
        return definition.classLoader();
    }

    @Override
    public String toString() {
        return "Project[" + definition.name() + (debug ? ", debug" : "") + "]";
    }

    /** The fluent DSL for a {@link Project}; {@link #build()} checks the URLconf. */
    public static final class Builder {
        private final String name;
        private final String origin;
        private final ClassLoader classLoader;
        private UrlConf urlConf = UrlConf.of();
        private Converters converters = Converters.defaults();
        private final List<Middleware> middleware = new ArrayList<>();
        private Path baseDir = Path.of("").toAbsolutePath();
        private List<Path> templateDirs;
        private final List<Path> resourceDirs = new ArrayList<>();
        private String staticUrl = "/static/";
        private List<Path> staticDirs;
        private final Map<String, Object> settings = new LinkedHashMap<>();
        // The framework settings set in code (a null value is a value: secureProxySslHeader(null, null)).
        private final Map<Setting<?>, Object> values = new HashMap<>();

        private Builder(String name, String origin, ClassLoader classLoader) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A project needs a name, e.g. Project.named(\"mysite\")");
            }
            this.name = name;
            this.origin = origin;
            this.classLoader = classLoader;
        }

        /**
         * Sets a framework setting: {@code .set(CommonMiddleware.APPEND_SLASH, false)}. The code wins over the
         * setting's environment variable, which wins over its default. A value the setting refuses is an
         * {@link IllegalArgumentException} here, saying why.
         */
        public <T> Builder set(Setting<T> setting, T value) {
            values.put(setting, setting.check(value));
            return this;
        }

        // The named setters: one setting each, as the starter project and the docs write them.

        /** DEBUG (default: the DEBUG environment variable, else off; the dev server turns it on). */
        public Builder debug(boolean debug) {
            return set(Settings.DEBUG, debug);
        }

        /** ALLOWED_HOSTS (default: the comma-separated ALLOWED_HOSTS variable, else none). */
        public Builder allowedHosts(String... hosts) {
            return set(Settings.ALLOWED_HOSTS, List.of(hosts));
        }

        /** SECRET_KEY (default: the SECRET_KEY variable). */
        public Builder secretKey(String secretKey) {
            return set(Settings.SECRET_KEY, secretKey);
        }

        /** SECURE_PROXY_SSL_HEADER, e.g. {@code ("X-Forwarded-Proto", "https")}; {@code null} trusts no header. */
        public Builder secureProxySslHeader(String header, String value) {
            return set(Settings.SECURE_PROXY_SSL_HEADER, header == null ? null : new Settings.ProxySslHeader(header, value));
        }

        /** USE_X_FORWARDED_HOST (default: the variable, else off). */
        public Builder useXForwardedHost(boolean use) {
            return set(Settings.USE_X_FORWARDED_HOST, use);
        }

        /** USE_X_FORWARDED_PORT (default: the variable, else off). */
        public Builder useXForwardedPort(boolean use) {
            return set(Settings.USE_X_FORWARDED_PORT, use);
        }

        /** NUM_PROXIES: how many proxies append to X-Forwarded-For (default: the variable, else 0). */
        public Builder numProxies(int numProxies) {
            return set(Settings.NUM_PROXIES, numProxies);
        }

        /** The root URLconf's patterns (Django's {@code urlpatterns}). */
        public Builder urls(UrlPattern... patterns) {
            this.urlConf = UrlConf.of(patterns);
            return this;
        }

        /** The root URLconf. */
        public Builder urls(UrlConf urlConf) {
            this.urlConf = urlConf;
            return this;
        }

        /** Registers a path converter for {@code <name:...>} in every route (Django's {@code register_converter}). */
        public Builder converter(String name, Converter<?> converter) {
            this.converters = converters.with(name, converter);
            return this;
        }

        /**
         * Adds middleware; the first added is the outermost. A generated project lists Django's defaults:
         * {@code SecurityMiddleware, SessionMiddleware, CommonMiddleware, CsrfViewMiddleware,
         * XFrameOptionsMiddleware} (package {@code dev.hotclub.middleware}).
         */
        public Builder middleware(Middleware... middleware) {
            this.middleware.addAll(Arrays.asList(middleware));
            return this;
        }

        /** Django's {@code APPEND_SLASH} (on by default), which {@code CommonMiddleware} applies. */
        public Builder appendSlash(boolean appendSlash) {
            return set(CommonMiddleware.APPEND_SLASH, appendSlash);
        }

        /** The project's folder (default: the working directory). */
        public Builder baseDir(Path baseDir) {
            this.baseDir = baseDir.toAbsolutePath();
            return this;
        }

        /** The project's template folders, relative to the base dir or absolute (default: {@code templates}). */
        public Builder templateDirs(Path... dirs) {
            this.templateDirs = new ArrayList<>();
            for (Path dir : dirs) {
                this.templateDirs.add(dir);
            }
            return this;
        }

        /** File-system resource folders searched before the class path (the dev server sets these). */
        public Builder resourceDirs(Path... dirs) {
            this.resourceDirs.addAll(Arrays.asList(dirs));
            return this;
        }

        /**
         * The URL prefix static files are served under (default {@code /static/}); {@code null} serves none,
         * for a project whose static files a proxy or CDN serves.
         */
        public Builder staticUrl(String staticUrl) {
            if (staticUrl != null && (!staticUrl.startsWith("/") || !staticUrl.endsWith("/") || staticUrl.equals("/"))) {
                throw new IllegalArgumentException("staticUrl must start and end with '/' and not be '/' alone, e.g."
                        + " \"/static/\"; got \"" + staticUrl + "\"");
            }
            this.staticUrl = staticUrl;
            return this;
        }

        /** The project's static folders, relative to the base dir or absolute (default: {@code static}). */
        public Builder staticDirs(Path... dirs) {
            this.staticDirs = new ArrayList<>(Arrays.asList(dirs));
            return this;
        }

        /**
         * A setting of the project's own, read back with {@code project.settings().get(key)}. A framework setting's
         * name (or a near miss of one: {@code "ALLOWED_HOST"}) is an error at {@link #build()}: use {@link #set}.
         */
        public Builder setting(String key, Object value) {
            this.settings.put(key, value);
            return this;
        }

        public Builder settings(Map<String, ?> settings) {
            this.settings.putAll(settings);
            return this;
        }

        // The app layer's settings (Django's names in the Javadoc; docs/HTTP.md lists them with their defaults).

        /** {@code CSRF_TRUSTED_ORIGINS}: origins trusted for unsafe requests, e.g. {@code "https://*.example.com"}. */
        public Builder csrfTrustedOrigins(String... origins) {
            return set(CsrfViewMiddleware.CSRF_TRUSTED_ORIGINS, java.util.Arrays.asList(origins));
        }

        /** {@code CSRF_COOKIE_SECURE}: send the {@code csrftoken} cookie over HTTPS only (off by default). */
        public Builder csrfCookieSecure(boolean secure) {
            return set(CsrfViewMiddleware.CSRF_COOKIE_SECURE, secure);
        }

        /** {@code SESSION_COOKIE_SECURE}: send the {@code sessionid} cookie over HTTPS only (off by default). */
        public Builder sessionCookieSecure(boolean secure) {
            return set(SessionMiddleware.SESSION_COOKIE_SECURE, secure);
        }

        /** {@code SESSION_COOKIE_AGE}: how long a session lasts (two weeks by default). */
        public Builder sessionCookieAge(java.time.Duration age) {
            return set(SessionMiddleware.SESSION_COOKIE_AGE, age);
        }

        /** {@code SESSION_ENGINE}: where sessions are kept (signed cookies by default). */
        public Builder sessionStore(dev.hotclub.sessions.SessionStore store) {
            return set(SessionMiddleware.SESSION_ENGINE, store);
        }

        /** {@code SECURE_SSL_REDIRECT}: redirect every http request to https (off by default). */
        public Builder secureSslRedirect(boolean redirect) {
            return set(SecurityMiddleware.SECURE_SSL_REDIRECT, redirect);
        }

        /**
         * {@code SECURE_HSTS_SECONDS}, {@code SECURE_HSTS_INCLUDE_SUBDOMAINS}, {@code SECURE_HSTS_PRELOAD}: the
         * {@code Strict-Transport-Security} header on https responses (none by default; 0 seconds for none).
         */
        public Builder secureHsts(long seconds, boolean includeSubdomains, boolean preload) {
            return set(SecurityMiddleware.SECURE_HSTS_SECONDS, seconds)
                    .set(SecurityMiddleware.SECURE_HSTS_INCLUDE_SUBDOMAINS, includeSubdomains)
                    .set(SecurityMiddleware.SECURE_HSTS_PRELOAD, preload);
        }

        /** {@code X_FRAME_OPTIONS}: {@code DENY} (the default) or {@code SAMEORIGIN}. */
        public Builder xFrameOptions(String value) {
            return set(XFrameOptionsMiddleware.X_FRAME_OPTIONS,
                    value == null ? null : value.toUpperCase(java.util.Locale.ROOT));
        }

        /** {@code SECURE_REFERRER_POLICY} ({@code same-origin} by default); {@code null} sends none. */
        public Builder secureReferrerPolicy(String policy) {
            return set(SecurityMiddleware.SECURE_REFERRER_POLICY, policy);
        }

        /** {@code SECURE_CONTENT_TYPE_NOSNIFF} (on by default). */
        public Builder secureContentTypeNosniff(boolean nosniff) {
            return set(SecurityMiddleware.SECURE_CONTENT_TYPE_NOSNIFF, nosniff);
        }

        /** The server's sizes, timeouts and shutdown grace (default {@link Limits#defaults()}). */
        public Builder limits(Limits limits) {
            return set(Limits.LIMITS, limits);
        }

        /**
         * DATABASES: several named databases (default: DATABASE_URL alone, else {@code sqlite:///db.sqlite3} in the
         * project's folder; {@link DatabaseSettings#from}).
         */
        public Builder databases(DatabaseSettings databases) {
            return set(DatabaseSettings.DATABASES, databases);
        }

        /** Builds the project: builds its resolver (a bad route throws here) and finds its installed apps. */
        public Project build() {
            Resolver resolver = Resolver.build(urlConf, converters);
            return built(this, resolver, InstalledApps.in(urlConf));
        }
    }
}
