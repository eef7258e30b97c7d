package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converters;
import dev.hotclub.urls.ImproperlyConfigured;
import dev.hotclub.urls.Include;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlPattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link Node} tree of a root URLconf: asks each include for its URLconf, parses every
 * route and reports every mistake, naming the route and the app, before any request is served.
 */
public final class UrlConfCompiler {

    private final RouteParser parser;
    private final Set<UrlConf> onStack = Collections.newSetFromMap(new IdentityHashMap<>());

    private UrlConfCompiler(Converters converters) {
        this.parser = new RouteParser(converters);
    }

    public static List<Node> compile(UrlConf root, Converters converters) {
        return new UrlConfCompiler(converters).compileConf(root, "");
    }

    private List<Node> compileConf(UrlConf conf, String where) {
        if (!onStack.add(conf)) {
            throw new ImproperlyConfigured("A URLconf includes itself" + where
                    + ". Remove the include() that leads back to it.");
        }
        List<Node> nodes = new ArrayList<>(conf.patterns().size());
        for (UrlPattern pattern : conf.patterns()) {
            nodes.add(compilePattern(pattern, where));
        }
        onStack.remove(conf);
        return List.copyOf(nodes);
    }

    private Node compilePattern(UrlPattern pattern, String where) {
        CompiledPattern compiled = parser.compile(pattern, where);
        if (!pattern.isInclude()) {
            if (pattern.view() == null) {
                throw new ImproperlyConfigured("URL pattern " + pattern.describe()
                        + " has no view (null)" + where + ". Give it a view, or include() a URLconf.");
            }
            return new Node.Endpoint(compiled, pattern.view(), pattern.name(), pattern.defaults());
        }
        Include include = pattern.include();
        UrlConf conf = include.urlConf();
        if (conf == null) {
            throw new ImproperlyConfigured("The include() at " + pattern.describe() + where
                    + " gave no URLconf: its provider's urls() returned null.");
        }
        if (include.namespace() != null && conf.appName() == null) {
            throw new ImproperlyConfigured("Specifying a namespace in include() without providing an app name"
                    + " is not supported: include(..., \"" + include.namespace() + "\") at " + pattern.describe()
                    + where + " mounts a URLconf without one. Build it with UrlConf.named(appName, ...).");
        }
        String namespace = include.namespace() != null ? include.namespace() : conf.appName();
        String inner = conf.appName() != null
                ? " (in app '" + conf.appName() + "')"
                : " (in the URLconf included at '" + pattern.route() + "'" + trimParen(where) + ")";
        List<Node> children = compileConf(conf, inner);
        return new Node.Mount(compiled, conf.appName(), namespace, pattern.defaults(), children);
    }

    /** " (in app 'x')" becomes ", in app 'x'" so nested locations read as one phrase. */
    private static String trimParen(String where) {
        if (where.isEmpty()) {
            return "";
        }
        return ", " + where.substring(2, where.length() - 1);
    }
}
