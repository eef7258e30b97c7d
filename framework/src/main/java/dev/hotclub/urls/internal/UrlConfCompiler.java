package dev.hotclub.urls.internal;

import dev.hotclub.http.View;
import dev.hotclub.urls.Converters;
import dev.hotclub.urls.DeclarationSite;
import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.urls.Include;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlConfError;
import dev.hotclub.urls.UrlPattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the {@link Node} tree of a root URLconf: asks each include for its URLconf, parses every
 * route and reports every mistake, naming the route, the app, and the file and line it was written
 * at, before any request is served.
 */
final class UrlConfCompiler {

    private static final String ROOT = "in the root URLconf";

    private final RouteParser parser;
    private final Set<UrlConf> onStack = Collections.newSetFromMap(new IdentityHashMap<>());

    private UrlConfCompiler(Converters converters) {
        this.parser = new RouteParser(converters);
    }

    public static List<Node> compile(UrlConf root, Converters converters) {
        return new UrlConfCompiler(converters).compileConf(root, root.appName() != null ? inApp(root) : ROOT,
                Enclosing.ROOT);
    }

    /**
     * What the includes around a URLconf give its views: their joined route, the values they capture and their
     * extra kwargs, as Django's resolver merges them (a typed view is checked against these).
     */
    private record Enclosing(String route, List<CapturedValue> named, List<CapturedValue> positional,
                             Map<String, Object> extra) {
        static final Enclosing ROOT = new Enclosing("", List.of(), List.of(), Map.of());

        /** Inner values of the same name win; positional values only survive where no value has a name. */
        Enclosing with(CompiledPattern pattern, Map<String, Object> defaults) {
            List<CapturedValue> own = pattern.capturedValues(positional.size());
            List<CapturedValue> ownNamed = own.stream().filter(v -> v.name() != null).toList();
            List<CapturedValue> mergedNamed = new ArrayList<>(named);
            for (CapturedValue value : ownNamed) {
                mergedNamed.removeIf(outer -> outer.name().equals(value.name()));
                mergedNamed.add(value);
            }
            Map<String, Object> mergedExtra = new LinkedHashMap<>(extra);
            mergedExtra.putAll(defaults);
            List<CapturedValue> ownPositional = own.stream().filter(v -> v.name() == null).toList();
            List<CapturedValue> mergedPositional = new ArrayList<>(ownPositional);
            if (mergedNamed.isEmpty() && mergedExtra.isEmpty()) {
                mergedPositional.addAll(0, positional);
            } else if (!positional.isEmpty()) {
                // Django drops the outer positional values: renumber the inner ones from 0
                mergedPositional = pattern.capturedValues(0).stream().filter(v -> v.name() == null).toList();
            }
            return new Enclosing(NaiveWalk.joinRoute(route, pattern.source().route()), List.copyOf(mergedNamed),
                    List.copyOf(mergedPositional), mergedExtra);
        }

        List<CapturedValue> captured() {
            List<CapturedValue> all = new ArrayList<>(named);
            all.addAll(positional);
            return all;
        }
    }

    /**
     * {@code context} says which URLconf the patterns belong to: {@code in app 'blog'},
     * {@code in the root URLconf}, {@code in the URLconf included at 'blog/'}.
     */
    private List<Node> compileConf(UrlConf conf, String context, Enclosing enclosing) {
        onStack.add(conf);
        List<Node> nodes = new ArrayList<>(conf.patterns().size());
        for (UrlPattern pattern : conf.patterns()) {
            nodes.add(compilePattern(pattern, context, enclosing));
        }
        onStack.remove(conf);
        return List.copyOf(nodes);
    }

    private Node compilePattern(UrlPattern pattern, String context, Enclosing enclosing) {
        try {
            return compileLocated(pattern, context, enclosing);
        } catch (ImproperlyConfigured e) {
            if (e instanceof UrlConfError || pattern.site() == null) {
                throw e; // already located, by the innermost pattern of an include
            }
            UrlConfError located = new UrlConfError(e.getMessage(), pattern.site());
            located.setStackTrace(e.getStackTrace());
            throw located;
        }
    }

    private Node compileLocated(UrlPattern pattern, String context, Enclosing enclosing) {
        String where = at(context, pattern.site());
        CompiledPattern compiled = parser.compile(pattern, " (" + where + ")");
        if (!pattern.isInclude()) {
            if (pattern.view() == null) {
                throw new ImproperlyConfigured("URL pattern " + pattern.describe()
                        + " has no view (null) (" + where + "). Give it a view, or include() a URLconf.");
            }
            View view = pattern.view();
            if (view instanceof UnboundTypedView typed) {
                Enclosing values = enclosing.with(compiled, pattern.defaults());
                view = TypedViewBinder.bind(typed, values.captured(), values.extra(), values.route(), where);
            }
            return new Node.Endpoint(compiled, view, pattern.name(), pattern.defaults(), where);
        }
        Include include = pattern.include();
        String includeWhere = " (" + where + includeSite(pattern) + ")";
        UrlConf conf = include.urlConf();
        if (conf == null) {
            throw new ImproperlyConfigured("The include() at " + pattern.describe() + includeWhere
                    + " gave no URLconf: its provider's urls() returned null.");
        }
        if (onStack.contains(conf)) {
            throw new ImproperlyConfigured("A URLconf includes itself: the include() at " + pattern.describe()
                    + includeWhere + " leads back to " + (conf.appName() != null ? "app '" + conf.appName() + "'"
                    : "a URLconf it is part of") + ". Remove that include().");
        }
        if (include.namespace() != null && conf.appName() == null) {
            throw new ImproperlyConfigured("Specifying a namespace in include() without providing an app name"
                    + " is not supported: include(..., \"" + include.namespace() + "\") at " + pattern.describe()
                    + includeWhere + " mounts a URLconf without one. Build it with UrlConf.named(appName, ...).");
        }
        String namespace = include.namespace() != null ? include.namespace() : conf.appName();
        String inner = conf.appName() != null ? inApp(conf)
                : "in the URLconf included at '" + pattern.route() + "'" + (context.equals(ROOT) ? "" : ", " + context);
        List<Node> children = compileConf(conf, inner, enclosing.with(compiled, pattern.defaults()));
        return new Node.Mount(compiled, conf.appName(), namespace, pattern.defaults(), children, where);
    }

    private static String inApp(UrlConf conf) {
        return "in app '" + conf.appName() + "'";
    }

    /** {@code in app 'blog', BlogApp.java:12}, or without the site when it is unknown. */
    static String at(String context, DeclarationSite site) {
        return site == null ? context : context + ", " + site;
    }

    /** The include()'s own line when it was written apart from its path(...), else nothing. */
    private static String includeSite(UrlPattern pattern) {
        DeclarationSite site = pattern.include().site();
        if (site == null || pattern.site() != null && Objects.equals(site.fileName(), pattern.site().fileName())
                && site.line() == pattern.site().line()) {
            return "";
        }
        return "; include() at " + site;
    }
}
