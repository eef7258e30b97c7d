package dev.hotclub.urls.internal;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.urls.UrlConf;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shadowing warning claims that the earlier route matches every path the later one matches. On
 * random URLconfs, every path found that the later route matches must be matched by the earlier one
 * (and so never reach the later one): a false warning would send users to reorder correct URLconfs.
 */
class ShadowWarningsAreCertainTest {

    private static final Pattern PARAMETER = Pattern.compile("<[^>]*>");
    private static final String[] VALUES = {"1", "12", "0", "99999999999999999999", "a", "ab", "x-y", "search",
            "39da9369-838e-4750-91a5-f7805cd82839", "2-b-c", "12-ab", "a/b", "é", "A_b", "4"};

    @Property(tries = 3000)
    void everyPathTheShadowedRouteMatchesIsTakenByTheEarlierRoute(@ForAll long seed) {
        RandomUrlConfs random = new RandomUrlConfs(seed);
        UrlConf conf = random.urlConf();
        CompiledUrlConf compiled;
        try {
            compiled = CompiledUrlConf.compile(conf, RandomUrlConfs.CONVERTERS);
        } catch (ImproperlyConfigured duplicateNamespaceOrSo) {
            Assume.that(false);
            return;
        }
        List<CompiledUrlConf.Leaf> leaves = compiled.leaves();
        List<ShadowCheck.Shadowed> shadowed = ShadowCheck.shadowed(leaves, new IndexedResolver(compiled));
        Statistics.collect(shadowed.isEmpty() ? "no warning" : "warnings");
        // The property says nothing unless warnings are common: make sure the generator gives them.
        Statistics.coverage(coverage -> coverage.check("warnings").percentage(p -> p > 20));
        Random values = new Random(seed);
        for (ShadowCheck.Shadowed pair : shadowed) {
            CompiledUrlConf.Leaf earlier = leaves.get(pair.earlier());
            CompiledUrlConf.Leaf later = leaves.get(pair.later());
            assertThat(pair.earlier()).isLessThan(pair.later());
            for (String path : pathsNear(later, values, random)) {
                if (IndexedResolver.matchLeaf(later, path) != null) {
                    assertThat(IndexedResolver.matchLeaf(earlier, path))
                            .as("'%s' is said to shadow '%s', but does not match %s, in %s", earlier.route().route(),
                                    later.route().route(), path, leaves.stream().map(l -> l.route().route()).toList())
                            .isNotNull();
                }
            }
        }
    }

    /** The route with sample values in its parameters, many times over, plus random paths. */
    private static List<String> pathsNear(CompiledUrlConf.Leaf leaf, Random values, RandomUrlConfs random) {
        List<String> paths = new ArrayList<>();
        String route = leaf.route().route();
        for (int i = 0; i < 80; i++) {
            Matcher m = PARAMETER.matcher(route);
            StringBuilder path = new StringBuilder("/");
            while (m.find()) {
                m.appendReplacement(path, Matcher.quoteReplacement(VALUES[values.nextInt(VALUES.length)]));
            }
            m.appendTail(path);
            paths.add(path.toString());
        }
        for (int i = 0; i < 40; i++) {
            String path = random.randomPath();
            if (path.startsWith("/")) { // what the resolver is ever given
                paths.add(path);
            }
        }
        return paths;
    }
}
