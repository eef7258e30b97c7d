package dev.hotclub.urls;

import dev.hotclub.conf.ImproperlyConfigured;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A list of URL patterns, optionally with an app name (Django's {@code app_name} + {@code urlpatterns}).
 *
 * <pre>{@code
 * UrlConf.named("greetings",
 *     path("", Views::home, "home"),
 *     path("<str:name>/", Views::greet, "greet"));
 * }</pre>
 *
 * The app name is the namespace that {@code reverse("greetings:home")} uses when the URLconf is
 * included without an explicit instance namespace.
 *
 * @param appName  the application namespace, or {@code null} for a URLconf without one
 * @param patterns the patterns, in the order they are tried
 */
public record UrlConf(String appName, List<UrlPattern> patterns) {

    public UrlConf {
        Objects.requireNonNull(patterns, "patterns");
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i) == null) {
                throw new ImproperlyConfigured("URL pattern #" + (i + 1)
                        + (appName == null ? "" : " of app '" + appName + "'")
                        + " is null" + neighbour(patterns, i) + ". Remove it or give a path(...) or rePath(...).");
            }
        }
        patterns = List.copyOf(patterns);
        if (appName != null && appName.isEmpty()) {
            appName = null;
        }
    }

    /** Where a null pattern is, told by the pattern written before it (else after it): a null has no site. */
    private static String neighbour(List<UrlPattern> patterns, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (patterns.get(i) != null && patterns.get(i).site() != null) {
                return " (it follows '" + patterns.get(i).route() + "', " + patterns.get(i).site() + ")";
            }
        }
        for (int i = index + 1; i < patterns.size(); i++) {
            if (patterns.get(i) != null && patterns.get(i).site() != null) {
                return " (it precedes '" + patterns.get(i).route() + "', " + patterns.get(i).site() + ")";
            }
        }
        return "";
    }

    /** A URLconf with an app name (Django's {@code app_name}). */
    public static UrlConf named(String appName, UrlPattern... patterns) {
        Objects.requireNonNull(appName, "appName");
        return new UrlConf(appName, Arrays.asList(patterns));
    }

    /** A URLconf with an app name (Django's {@code app_name}). */
    public static UrlConf named(String appName, List<UrlPattern> patterns) {
        Objects.requireNonNull(appName, "appName");
        return new UrlConf(appName, patterns);
    }

    /** A URLconf without an app name: its names are reversed without a namespace. */
    public static UrlConf of(UrlPattern... patterns) {
        return new UrlConf(null, Arrays.asList(patterns));
    }

    /** A URLconf without an app name: its names are reversed without a namespace. */
    public static UrlConf of(List<UrlPattern> patterns) {
        return new UrlConf(null, patterns);
    }
}
