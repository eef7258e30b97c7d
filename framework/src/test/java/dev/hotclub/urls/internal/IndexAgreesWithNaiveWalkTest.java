package dev.hotclub.urls.internal;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.urls.UrlConf;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexAgreesWithNaiveWalkTest {

    @Property(tries = 3000)
    void theIndexedResolverReturnsExactlyWhatTheInOrderWalkReturns(@ForAll long seed) {
        RandomUrlConfs random = new RandomUrlConfs(seed);
        UrlConf conf = random.urlConf();
        CompiledUrlConf compiled;
        try {
            compiled = CompiledUrlConf.compile(conf, RandomUrlConfs.CONVERTERS);
        } catch (ImproperlyConfigured duplicateNamespaceOrSo) {
            Assume.that(false);
            return;
        }
        IndexedResolver indexed = new IndexedResolver(compiled);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            paths.add(random.randomPath());
        }
        for (CompiledUrlConf.Leaf leaf : compiled.leaves()) {
            paths.add("/" + leaf.route().route().replaceAll("<[^>]*>", "1")); // paths near each route
        }
        for (String path : paths) {
            String naive = RandomUrlConfs.describe(NaiveWalk.resolve(compiled.tree(), path, null));
            String viaIndex = RandomUrlConfs.describe(indexed.resolve(path));
            assertThat(viaIndex).as("path %s in %s", path, compiled.leaves().stream()
                    .map(l -> l.route().route()).toList()).isEqualTo(naive);
        }
    }
}
