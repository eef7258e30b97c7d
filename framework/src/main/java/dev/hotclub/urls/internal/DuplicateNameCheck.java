package dev.hotclub.urls.internal;

import dev.hotclub.urls.Route;
import dev.hotclub.urls.UrlWarning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names used by more than one endpoint in one namespace ({@value UrlWarning#DUPLICATE_NAME}).
 * Django allows it on purpose (reverse tries the one declared last first, then the others), so it is
 * a warning: it is usually a copy-paste slip.
 */
final class DuplicateNameCheck {

    private DuplicateNameCheck() {
    }

    static List<UrlWarning> run(List<CompiledUrlConf.Leaf> leaves) {
        Map<String, List<CompiledUrlConf.Leaf>> byViewName = new LinkedHashMap<>();
        for (CompiledUrlConf.Leaf leaf : leaves) {
            Route route = leaf.route();
            if (route.urlName() != null) {
                byViewName.computeIfAbsent(route.viewName(), k -> new ArrayList<>()).add(leaf);
            }
        }
        List<UrlWarning> warnings = new ArrayList<>();
        byViewName.forEach((viewName, sharing) -> {
            Route first = sharing.get(0).route();
            Route last = sharing.get(sharing.size() - 1).route();
            String namespace = first.namespaces().isEmpty() ? "the root namespace"
                    : "namespace '" + String.join(":", first.namespaces()) + "'";
            for (int i = 1; i < sharing.size(); i++) {
                Route other = sharing.get(i).route();
                warnings.add(new UrlWarning(UrlWarning.DUPLICATE_NAME, "URL name '" + first.urlName()
                        + "' is used by both " + describe(sharing.get(0)) + " and " + describe(sharing.get(i))
                        + " in " + namespace + ": reverse('" + viewName + "') tries '" + last.route()
                        + "' first. Rename one of them unless they take different arguments on purpose.",
                        List.of(first.route(), other.route())));
            }
        });
        return warnings;
    }

    private static String describe(CompiledUrlConf.Leaf leaf) {
        return "'" + leaf.route().route() + "' (" + leaf.endpoint().where() + ")";
    }
}
