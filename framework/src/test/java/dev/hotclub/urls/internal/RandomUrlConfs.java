package dev.hotclub.urls.internal;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.View;
import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Converters;
import dev.hotclub.urls.ResolverMatch;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlPattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;

/**
 * Random URLconfs and paths drawn from one small vocabulary, so that routes overlap, shadow each
 * other and include each other often: the raw material of the index-versus-walk properties.
 */
final class RandomUrlConfs {

    /** A view that knows which endpoint it is, so two matches can be compared. */
    record NumberedView(int id) implements View {
        @Override
        public HttpResponse handle(HttpRequest request) {
            return null;
        }
    }

    static final Converters CONVERTERS = Converters.defaults()
            .with("even", Converter.of("[0-9]+", s -> {
                long n = Long.parseLong(s);
                if (n % 2 != 0) {
                    throw new IllegalArgumentException("odd");
                }
                return n;
            }, String::valueOf))
            .with("wild", Converter.of("[a-z/]*", s -> s, s -> s))
            .with("lower", Converter.of("[a-z]+", s -> s, s -> s));

    private static final String[] LITERALS = {"a", "b", "ab", "1", "12", "x-y", "search", ""};
    /** Every built-in, then the custom converters above. */
    private static final String[] PARAMS = Stream.concat(
            Arrays.stream(BuiltInConverter.values()).map(BuiltInConverter::converterName),
            Stream.of("even", "wild", "lower")).toArray(String[]::new);
    private static final String[] REGEXES = {
            "^a/(?<x>[0-9]+)/$", "^(?<y>[^/]+)/b/$", "b/$", "^([0-9]+)/([a-z]+)/$", "^(?:a|b)/(?<z>[a-z]*)",
            "^search/", "^$", "^1", "x-y/(?<w>.*)$"};
    private static final String[] PATH_SEGMENTS = {"a", "b", "ab", "1", "12", "13", "x-y", "search", "",
            "39da9369-838e-4750-91a5-f7805cd82839", "39DA9369-838E-4750-91A5-F7805CD82839", "12-ab", "é", "2-b-c"};

    private final Random random;
    private int nextView;
    private int nextNamespace;

    RandomUrlConfs(long seed) {
        this.random = new Random(seed);
    }

    UrlConf urlConf() {
        return UrlConf.of(patterns(0));
    }

    private List<UrlPattern> patterns(int depth) {
        int count = 1 + random.nextInt(depth == 0 ? 12 : 6);
        List<UrlPattern> patterns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            if (kind < 2 && depth < 2) {
                patterns.add(includePattern(depth));
            } else if (kind == 2) {
                patterns.add(rePath(REGEXES[random.nextInt(REGEXES.length)], view(), defaults(), name()));
            } else {
                patterns.add(path(route(true), view(), defaults(), name()));
            }
        }
        return patterns;
    }

    private UrlPattern includePattern(int depth) {
        List<UrlPattern> children = patterns(depth + 1);
        UrlConf conf;
        String namespace = null;
        if (random.nextBoolean()) {
            conf = UrlConf.named("app" + nextNamespace, children);
            namespace = "ns" + nextNamespace++;
        } else {
            conf = UrlConf.of(children);
        }
        UrlPattern mount;
        if (random.nextInt(6) == 0) {
            mount = rePath(random.nextBoolean() ? "^a/" : "^(?<pre>[0-9]+)/", include(conf, namespace));
        } else {
            String prefix = route(false);
            mount = path(prefix.isEmpty() || random.nextInt(4) > 0 ? withSlash(prefix) : prefix,
                    namespace == null ? include(conf) : include(conf, namespace), defaults());
        }
        return mount;
    }

    private static String withSlash(String prefix) {
        return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** A path() route of 0 to 3 segments; parameter names unique within it. */
    private String route(boolean endpoint) {
        int segments = random.nextInt(4);
        StringBuilder route = new StringBuilder();
        int param = 0;
        for (int i = 0; i < segments; i++) {
            if (i > 0) {
                route.append('/');
            }
            int kind = random.nextInt(10);
            if (kind < 5) {
                route.append(LITERALS[random.nextInt(LITERALS.length)]);
            } else if (kind < 9) {
                route.append('<').append(PARAMS[random.nextInt(PARAMS.length)]).append(":p").append(param++).append('>');
            } else {
                route.append("<int:p").append(param++).append(">-<slug:p").append(param++).append('>');
            }
        }
        if (random.nextInt(4) > 0 && (segments > 0 || endpoint)) {
            route.append('/');
        }
        return route.toString();
    }

    private View view() {
        return new NumberedView(nextView++);
    }

    private String name() {
        return random.nextInt(3) == 0 ? null : "n" + random.nextInt(8);
    }

    private Map<String, ?> defaults() {
        if (random.nextInt(5) > 0) {
            return Map.of();
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(random.nextBoolean() ? "p0" : "extra", random.nextInt(3));
        return defaults;
    }

    String randomPath() {
        int segments = random.nextInt(6);
        StringBuilder path = new StringBuilder(random.nextInt(30) == 0 ? "" : "/");
        for (int i = 0; i < segments; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(PATH_SEGMENTS[random.nextInt(PATH_SEGMENTS.length)]);
        }
        if (random.nextBoolean()) {
            path.append('/');
        }
        return path.toString();
    }

    /** Everything a caller can see of a match, kwargs in order, as one comparable string. */
    static String describe(ResolverMatch m) {
        if (m == null) {
            return "no match";
        }
        return m.view() + " args=" + m.args() + " kwargs=" + List.copyOf(m.kwargs().entrySet()) + " route="
                + m.route() + " name=" + m.urlName() + " apps=" + m.appNames() + " ns=" + m.namespaces();
    }
}
