package dev.hotclub.urls;

import dev.hotclub.conf.ImproperlyConfigured;

import dev.hotclub.urls.internal.CompiledUrlConf;
import dev.hotclub.urls.internal.IndexedResolver;
import dev.hotclub.urls.internal.NaiveWalk;
import dev.hotclub.urls.internal.Reverser;
import dev.hotclub.urls.internal.UrlChecks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A root URLconf, compiled: resolves paths to views and names back to URLs, with Django's semantics.
 * Immutable and thread-safe; build a new one when the URLconf changes.
 *
 * <pre>{@code
 * Resolver resolver = Resolver.build(UrlConf.of(path("greetings/", include(new GreetingsApp()))));
 * ResolverMatch m = resolver.resolve("/greetings/alice/");
 * String url = resolver.reverse("greetings:personalized_greeting", "bob");   // "/greetings/bob/"
 * }</pre>
 *
 * Building parses every route and checks the URLconf: mistakes throw {@link ImproperlyConfigured}
 * here, never at the first request; doubtful spots become {@link #warnings()}.
 */
public final class Resolver {

    private final UrlConf urlConf;
    private final CompiledUrlConf compiled;
    private final IndexedResolver index;
    private final Reverser reverser;
    private final List<Route> routes;
    private final List<UrlWarning> warnings;

    private Resolver(UrlConf urlConf, CompiledUrlConf compiled) {
        this.urlConf = urlConf;
        this.compiled = compiled;
        this.index = new IndexedResolver(compiled);
        this.reverser = new Reverser(compiled.tree());
        this.routes = compiled.leaves().stream().map(CompiledUrlConf.Leaf::route).toList();
        this.warnings = UrlChecks.run(compiled, index);
    }

    /** Compiles a root URLconf with the built-in converters. */
    public static Resolver build(UrlConf root) {
        return build(root, Converters.defaults());
    }

    /** Compiles a root URLconf; routes may name the converters of {@code converters}. */
    public static Resolver build(UrlConf root, Converters converters) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(converters, "converters");
        return new Resolver(root, CompiledUrlConf.compile(root, converters));
    }

    /**
     * The match for a decoded path starting with {@code /}.
     *
     * @throws Resolver404 when no pattern matches; it lists the patterns tried
     */
    public ResolverMatch resolve(String path) {
        Objects.requireNonNull(path, "path");
        ResolverMatch match = find(path);
        if (match == null) {
            throw new Resolver404(path, () -> {
                List<List<UrlPattern>> tried = new ArrayList<>();
                NaiveWalk.resolve(compiled.tree(), path, tried);
                return tried;
            });
        }
        return match;
    }

    /** The match for a path, or empty: no exception, no list of patterns tried. */
    public Optional<ResolverMatch> tryResolve(String path) {
        Objects.requireNonNull(path, "path");
        return Optional.ofNullable(find(path));
    }

    /** Whether a path resolves: APPEND_SLASH asks this of {@code path + "/"}. */
    public boolean resolves(String path) {
        Objects.requireNonNull(path, "path");
        return find(path) != null;
    }

    private ResolverMatch find(String path) {
        return index.resolve(path);
    }

    /**
     * The URL of a named pattern, filled in with positional values: {@code reverse("blog:post", 2026, "hello")}.
     *
     * @throws NoReverseMatch when no pattern of that name takes these values
     */
    public String reverse(String viewName, Object... args) {
        return reverser.reverse(viewName, Arrays.asList(args), Map.of());
    }

    /**
     * The URL of a named pattern, filled in by parameter name: {@code reverse("blog:post", Map.of("slug", "hello"))}.
     *
     * @throws NoReverseMatch when no pattern of that name takes these values
     */
    public String reverse(String viewName, Map<String, ?> kwargs) {
        return reverser.reverse(viewName, List.of(), kwargs);
    }

    /**
     * Django's full form; giving both positional and keyword values is an error.
     *
     * @throws IllegalArgumentException when both {@code args} and {@code kwargs} are non-empty
     */
    public String reverse(String viewName, List<?> args, Map<String, ?> kwargs) {
        return reverser.reverse(viewName, args, kwargs);
    }

    /** What the checks found when this resolver was built: shadowed routes, duplicate names. */
    public List<UrlWarning> warnings() {
        return warnings;
    }

    /** Every endpoint with the includes leading to it, in declaration order (the order they are tried). */
    public List<Route> routes() {
        return routes;
    }

    /** The root URLconf this resolver was built from. */
    public UrlConf urlConf() {
        return urlConf;
    }
}
