package dev.hotclub.urls.internal;

import dev.hotclub.urls.Resolver;
import dev.hotclub.urls.ResolverMatch;
import dev.hotclub.urls.Route;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlPattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * resolve(reverse(name, values)) gives back the same view and the same values, for random routes and
 * random values (spaces, '?', '#', '%', non-ASCII, slashes in path values), by kwargs and by args.
 */
class ReverseRoundTripTest {

    private static final String[] KINDS = {"str", "int", "slug", "uuid", "path", "lower", "even"};
    private static final String TEXT = "aZ09 -_.~!$&'()*+,;=:@?#%é😀\"<>";

    private record Expected(Map<String, Object> values) {
    }

    @Property(tries = 500)
    void reversingThenResolvingGivesBackTheViewAndTheValues(@ForAll long seed) throws URISyntaxException {
        Random random = new Random(seed);
        Map<UrlPattern, Expected> expectations = new LinkedHashMap<>();
        int[] counter = {0};
        List<UrlPattern> root = patterns(random, 0, counter, expectations);
        Resolver resolver = Resolver.build(UrlConf.of(root), RandomUrlConfs.CONVERTERS);
        for (Route route : resolver.routes()) {
            Map<String, Object> values = expectations.get(route.endpoint()).values();
            String url = resolver.reverse(route.viewName(), values);
            assertThat(resolver.reverse(route.viewName(), values.values().toArray())).isEqualTo(url);
            String decoded = new URI(url).getPath();
            ResolverMatch m = resolver.resolve(decoded);
            assertThat(m.view()).as(url).isSameAs(route.view());
            assertThat(List.copyOf(m.kwargs().entrySet())).as("%s for %s", url, route.route())
                    .isEqualTo(List.copyOf(values.entrySet()));
        }
    }

    private static List<UrlPattern> patterns(Random random, int depth, int[] counter,
                                             Map<UrlPattern, Expected> expectations) {
        List<UrlPattern> patterns = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            int id = counter[0]++;
            if (depth < 2 && random.nextInt(4) == 0) {
                List<UrlPattern> children = patterns(random, depth + 1, counter, expectations);
                patterns.add(path("i" + id + "/", include(UrlConf.named("app" + id, children))));
                continue;
            }
            StringBuilder route = new StringBuilder("r").append(id).append('/');
            Map<String, Object> values = new LinkedHashMap<>();
            boolean pathUsed = false;
            int segments = random.nextInt(4);
            for (int s = 0; s < segments; s++) {
                if (random.nextInt(4) == 0) {
                    route.append("lit").append(s).append('/');
                    continue;
                }
                String kind = KINDS[random.nextInt(KINDS.length)];
                if (kind.equals("path") && pathUsed) {
                    kind = "str";
                }
                pathUsed |= kind.equals("path");
                String name = "p" + s;
                route.append('<').append(kind).append(':').append(name).append(">/");
                values.put(name, value(random, kind));
            }
            UrlPattern pattern = path(route.toString(), new RandomUrlConfs.NumberedView(id), "e" + id);
            expectations.put(pattern, new Expected(values));
            patterns.add(pattern);
        }
        return patterns;
    }

    private static Object value(Random random, String kind) {
        return switch (kind) {
            case "int" -> random.nextBoolean() ? (Object) random.nextInt(Integer.MAX_VALUE)
                    : (Object) (Integer.MAX_VALUE + 1L + random.nextInt(1000));
            case "even" -> 2L * random.nextInt(1000);
            case "uuid" -> new UUID(random.nextLong(), random.nextLong());
            case "slug" -> text(random, "abcXYZ019-_");
            case "lower" -> text(random, "abcdefghijklmnopqrstuvwxyz");
            case "path" -> text(random, TEXT) + (random.nextBoolean() ? "/" + text(random, TEXT) : "");
            default -> text(random, TEXT);
        };
    }

    private static String text(Random random, String alphabet) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return sb.toString();
    }

}
