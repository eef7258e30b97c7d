package dev.hotclub.project;

import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlConfProvider;

/**
 * An app (Django's app with its {@code urls.py}): a URLconf plus the templates under
 * {@code <the app's package as a path>/templates/}. Mounting an app with {@code include(new GreetingsApp())}
 * installs it; there is no separate list of installed apps.
 *
 * <pre>{@code
 * public final class GreetingsApp implements App {
 *     @Override public UrlConf urls() {
 *         return UrlConf.named("greetings",
 *             path("", Views::home, "home"),
 *             path("<str:name>/", Views::greet, "greet"));
 *     }
 * }
 * }</pre>
 */
public interface App extends UrlConfProvider {
    @Override
    UrlConf urls();

    /** The app's label (Django's {@code AppConfig.label}): its URLconf's app name, else the class name. */
    default String label() {
        String appName = urls().appName();
        return appName != null ? appName : getClass().getSimpleName();
    }

    /**
     * The app's models (Django's {@code models.py}), targets of foreign keys first: the project reads their metadata
     * at start (a mistake in an annotation stops it there) and the migrations read them.
     */
    default java.util.List<Class<? extends dev.hotclub.db.models.Model>> models() {
        return java.util.List.of();
    }

    /** The resource folder of this app's static files: {@code greetings/static/} for {@code greetings.GreetingsApp}. */
    default String staticFolder() {
        String pkg = getClass().getPackageName();
        return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + "static/";
    }

    /** The resource folder of this app's templates: {@code greetings/templates/} for {@code greetings.GreetingsApp}. */
    default String templatesFolder() {
        String pkg = getClass().getPackageName();
        return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + "templates/";
    }
}
