package dev.hotclub.urls;

import dev.hotclub.conf.ImproperlyConfigured;

import dev.hotclub.http.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.hotclub.urls.SourceLines.site;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("App names and instance namespaces")
class NamespaceTest {

    static final View LEAF = r -> null;
    static final View B = r -> null;
    static final View INDEX = r -> null;
    static final View POST = r -> null;

    static final UrlConf C = UrlConf.named("c", path("leaf/<int:id>/", LEAF, "leaf"));
    static final UrlConf B_CONF = UrlConf.named("b", path("c/", include(C)), path("bview/", B, "bview"));
    static final UrlConf A = UrlConf.named("a", path("b/", include(B_CONF)));
    static final UrlConf POLLS = UrlConf.named("polls", path("", INDEX, "index"));

    static final Resolver NESTED = Resolver.build(UrlConf.of(
            path("a/", include(A)),
            path("blog/", include(UrlConf.of(
                    path("post/", POST, "post"),
                    path("deep/", include(UrlConf.named("deep", path("x/", B, "x")))))))));

    @Test
    void nestedNamespacesResolveAndReverseAsABC() {
        ResolverMatch m = NESTED.resolve("/a/b/c/leaf/5/");
        assertThat(m.namespaces()).containsExactly("a", "b", "c");
        assertThat(m.appNames()).containsExactly("a", "b", "c");
        assertThat(m.viewName()).isEqualTo("a:b:c:leaf");
        assertThat(NESTED.reverse("a:b:c:leaf", 5)).isEqualTo("/a/b/c/leaf/5/");
        assertThat(NESTED.reverse("a:b:bview")).isEqualTo("/a/b/bview/");
    }

    @Test
    void aNameInsideANamespaceIsNotFoundWithoutIt() {
        assertThatThrownBy(() -> NESTED.reverse("leaf", 5))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("Reverse for 'leaf' not found. 'leaf' is not a valid view function or pattern name.");
        assertThatThrownBy(() -> NESTED.reverse("a:b:leaf", 5))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("Reverse for 'a:b:leaf' not found. 'leaf' is not a valid view function or pattern name.");
    }

    @Test
    void anUnknownNamespaceIsNamedWithThePathResolvedSoFar() {
        assertThatThrownBy(() -> NESTED.reverse("x:leaf"))
                .isInstanceOf(NoReverseMatch.class).hasMessage("'x' is not a registered namespace");
        assertThatThrownBy(() -> NESTED.reverse("a:b:x:leaf"))
                .isInstanceOf(NoReverseMatch.class).hasMessage("'x' is not a registered namespace inside 'a:b'");
    }

    @Test
    void anIncludeWithoutANamespaceLendsItsNamesToItsParent() {
        assertThat(NESTED.reverse("post")).isEqualTo("/blog/post/");
        assertThat(NESTED.reverse("deep:x")).isEqualTo("/blog/deep/x/");
        ResolverMatch m = NESTED.resolve("/blog/post/");
        assertThat(m.namespaces()).isEmpty();
        assertThat(m.viewName()).isEqualTo("post");
    }

    @Test
    void theAppNameFindsTheDefaultInstance() {
        Resolver resolver = Resolver.build(UrlConf.of(
                path("author-polls/", include(POLLS, "author-polls")),
                path("polls/", include(POLLS)),
                path("publisher-polls/", include(POLLS, "publisher-polls"))));
        assertThat(resolver.reverse("polls:index")).isEqualTo("/polls/");
        assertThat(resolver.reverse("author-polls:index")).isEqualTo("/author-polls/");
        assertThat(resolver.reverse("publisher-polls:index")).isEqualTo("/publisher-polls/");
    }

    @Test
    void withoutADefaultInstanceTheAppNameFindsTheOneDeployedLast() {
        Resolver resolver = Resolver.build(UrlConf.of(
                path("author-polls/", include(POLLS, "author-polls")),
                path("publisher-polls/", include(POLLS, "publisher-polls"))));
        assertThat(resolver.reverse("polls:index")).isEqualTo("/publisher-polls/");
        ResolverMatch m = resolver.resolve("/author-polls/");
        assertThat(m.appName()).isEqualTo("polls");
        assertThat(m.namespace()).isEqualTo("author-polls");
    }

    @Test
    void valuesOfANamespacedPrefixAreReversedWithTheInnerOnes() {
        View item = r -> null;
        UrlConf shop = UrlConf.named("shop", path("item/<int:id>/", item, "item"));
        Resolver resolver = Resolver.build(UrlConf.of(path("<str:lang>/shop/", include(shop))));
        assertThat(resolver.reverse("shop:item", Map.of("lang", "en", "id", 3))).isEqualTo("/en/shop/item/3/");
        assertThat(resolver.reverse("shop:item", "fr", 4)).isEqualTo("/fr/shop/item/4/");
    }

    @Test
    void anAppIncludedTwiceWithoutNamespacesIsAnError() {
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(
                        path("a/", include(POLLS)), // @firstPolls
                        path("b/", include(POLLS))))) // @secondPolls
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("URL namespace 'polls' isn't unique: the includes at 'a/' (in the root URLconf, "
                        + site("firstPolls") + ") and 'b/' (in the root URLconf, " + site("secondPolls")
                        + ") both use it. Give one of them its own instance namespace: include(urlconf, \"another-name\").");
    }

    @Test
    void aNamespaceNeedsAnAppName() {
        UrlConf anonymous = UrlConf.of(path("", INDEX, "index"));
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(path("x/", include(anonymous, "ns"))))) // @ns
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Specifying a namespace in include() without providing an app name is not supported:"
                        + " include(..., \"ns\") at 'x/' (in the root URLconf, " + site("ns")
                        + ") mounts a URLconf without one."
                        + " Build it with UrlConf.named(appName, ...).");
    }
}
