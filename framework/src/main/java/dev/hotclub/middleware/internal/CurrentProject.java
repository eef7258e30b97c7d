package dev.hotclub.middleware.internal;

import dev.hotclub.http.internal.RequestScope;
import dev.hotclub.project.Project;

/**
 * The project serving the current request, whose settings the built-in middleware read (as Django's read
 * {@code settings}): a middleware is written once in the project's list and needs no constructor arguments.
 */
public final class CurrentProject {
    private CurrentProject() {
    }

    public static Project get(String middleware) {
        RequestScope scope = RequestScope.current();
        if (scope == null || scope.project() == null) {
            throw new IllegalStateException(middleware + " runs inside a project's middleware chain: add it with"
                    + " Project.named(...).middleware(...) and serve the project (HotclubServer, the test Client)");
        }
        return scope.project();
    }
}
