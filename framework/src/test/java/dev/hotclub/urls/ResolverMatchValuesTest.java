package dev.hotclub.urls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.http.View;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A match's values are its own, in order, unmodifiable, a null extra kwarg included")
class ResolverMatchValuesTest {
    private static final View VIEW = request -> null;

    private static ResolverMatch match(Map<String, Object> kwargs) {
        return new ResolverMatch(VIEW, List.of(), kwargs, "r/", null, List.of(), List.of());
    }

    @Test
    @DisplayName("one value: a later change to the map given does not reach the match, which refuses changes")
    void oneValue() {
        Map<String, Object> given = new HashMap<>(Map.of("name", "alice"));
        ResolverMatch match = match(given);
        given.put("name", "bob");
        assertThat(match.kwargs()).containsExactly(Map.entry("name", "alice"));
        assertThatThrownBy(() -> match.kwargs().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("one null value (an include's extra kwarg) and several values keep their order and their nulls")
    void nullsAndOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("flag", null);
        assertThat(match(one).kwargs()).containsEntry("flag", null).hasSize(1);
        Map<String, Object> several = new LinkedHashMap<>();
        several.put("year", 2026);
        several.put("flag", null);
        several.put("slug", "hello");
        assertThat(match(several).kwargs().keySet()).containsExactly("year", "flag", "slug");
        assertThat(match(several).kwargs()).containsEntry("flag", null);
    }

    @Test
    @DisplayName("a route with one converter resolves to its converted value")
    void resolvedOneValue() {
        Resolver resolver = Resolver.build(UrlConf.of(Urls.path("items/<int:id>/", VIEW, "item")));
        assertThat(resolver.resolve("/items/42/").kwargs()).containsExactly(Map.entry("id", 42));
        assertThat(resolver.tryResolve("/items/x/")).isEmpty();
    }
}
