package dev.hotclub.benchmarks;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.View;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.hotclub.urls.Urls.path;

/** The route tables the issue names, and paths that hit or miss them. */
final class RouteTables {

    /** {@code /api/v1/resN/items/<int:id>/}: a literal decides early. */
    static final String LITERAL_FIRST = "literal-first";
    /** {@code /<str:tenant>/resN/items/<int:id>/}: a parameter comes first, as in a multi-tenant site. */
    static final String PARAMETER_FIRST = "parameter-first";

    private record Endpoint(int n) implements View {
        @Override
        public HttpResponse handle(HttpRequest request) {
            return null;
        }
    }

    private RouteTables() {
    }

    static UrlConf table(String shape, int routes) {
        List<UrlPattern> patterns = new ArrayList<>(routes);
        for (int n = 0; n < routes; n++) {
            String route = shape.equals(LITERAL_FIRST)
                    ? "api/v1/res" + n + "/items/<int:id>/"
                    : "<str:tenant>/res" + n + "/items/<int:id>/";
            patterns.add(path(route, new Endpoint(n), "res" + n));
        }
        return UrlConf.of(patterns);
    }

    /**
     * The same table with its patterns made without the DSL, so without a declaration site: the
     * baseline that shows what recording the file and line of each {@code path(...)} costs.
     */
    static UrlConf tableWithoutSites(String shape, int routes) {
        List<UrlPattern> patterns = new ArrayList<>(routes);
        for (int n = 0; n < routes; n++) {
            String route = shape.equals(LITERAL_FIRST)
                    ? "api/v1/res" + n + "/items/<int:id>/"
                    : "<str:tenant>/res" + n + "/items/<int:id>/";
            patterns.add(new UrlPattern(route, false, new Endpoint(n), null, "res" + n, null));
        }
        return UrlConf.of(patterns);
    }

    /** Paths that resolve, spread over the whole table (so a late route is as likely as an early one). */
    static String[] hits(String shape, int routes, int count) {
        Random random = new Random(42);
        String[] paths = new String[count];
        for (int i = 0; i < count; i++) {
            int n = random.nextInt(routes);
            int id = random.nextInt(1_000_000);
            paths[i] = shape.equals(LITERAL_FIRST)
                    ? "/api/v1/res" + n + "/items/" + id + "/"
                    : "/tenant" + random.nextInt(100) + "/res" + n + "/items/" + id + "/";
        }
        return paths;
    }

    /** Paths that resolve nowhere, failing late (a bad id) or early (an unknown resource). */
    static String[] misses(String shape, int routes, int count) {
        Random random = new Random(7);
        String[] paths = new String[count];
        for (int i = 0; i < count; i++) {
            int n = random.nextBoolean() ? random.nextInt(routes) : routes + random.nextInt(routes);
            paths[i] = shape.equals(LITERAL_FIRST)
                    ? "/api/v1/res" + n + "/items/not-an-id/"
                    : "/tenant" + random.nextInt(100) + "/res" + n + "/items/not-an-id/";
        }
        return paths;
    }
}
