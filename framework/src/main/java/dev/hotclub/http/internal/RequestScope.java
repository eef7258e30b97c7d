package dev.hotclub.http.internal;

import dev.hotclub.project.Project;
import dev.hotclub.templates.TemplateEngine;
import dev.hotclub.urls.Resolver;
import java.util.concurrent.Callable;

/**
 * What the shortcuts and the built-in middleware need from the project generation serving the current
 * request: its settings, its resolver (for {@code redirect("greetings:home")}) and its template engine (for
 * {@code render}). The server sets it around
 * each request on the thread that runs the view and removes it afterwards, so no thread keeps an old
 * generation alive.
 */
public record RequestScope(Project project, Resolver resolver, TemplateEngine templates) {
    private static final ThreadLocal<RequestScope> CURRENT = new ThreadLocal<>();

    /** A scope without a project (tests of the shortcuts). */
    public RequestScope(Resolver resolver, TemplateEngine templates) {
        this(null, resolver, templates);
    }

    /** The scope of the request this thread serves, or {@code null} outside a request. */
    public static RequestScope current() {
        return CURRENT.get();
    }

    /** Runs {@code work} with this scope current on this thread. */
    public <T> T run(Callable<T> work) throws Exception {
        RequestScope outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
