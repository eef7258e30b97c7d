package dev.hotclub.auth;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponseRedirect;
import dev.hotclub.http.RequestUser;
import dev.hotclub.http.View;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * Django's {@code django.contrib.auth.decorators}: views that need a logged-in user, or a permission, send the
 * visitor to LOGIN_URL with {@code ?next=} the page asked for.
 *
 * <pre>{@code
 * path("polls/<int:id>/edit/", loginRequired(Views::edit), "edit"),
 * path("polls/add/", permissionRequired("polls.add_question", Views::add), "add"),
 * }</pre>
 */
public final class Decorators {
    private Decorators() {
    }

    /** Django's {@code login_required}: anonymous visitors go to LOGIN_URL with {@code ?next=}. */
    public static View loginRequired(View view) {
        return userPassesTest(RequestUser::isAuthenticated, view);
    }

    /** Django's {@code user_passes_test}: a visitor whose user fails {@code test} goes to LOGIN_URL. */
    public static View userPassesTest(Predicate<RequestUser> test, View view) {
        return request -> test.test(request.user()) ? view.handle(request) : redirectToLogin(request, null);
    }

    /**
     * Django's {@code permission_required}: a user without every one of {@code permissions} ("app_label.codename")
     * goes to LOGIN_URL (a logged-in one may log in as someone else).
     */
    public static View permissionRequired(String permission, View view) {
        return permissionRequired(List.of(permission), false, view);
    }

    /**
     * As {@link #permissionRequired(String, View)}; with {@code raiseException}, a user who lacks them gets a 403
     * instead of the login page (Django's {@code raise_exception=True}).
     */
    public static View permissionRequired(List<String> permissions, boolean raiseException, View view) {
        return request -> {
            RequestUser user = request.user();
            if (permissions.stream().allMatch(user::hasPerm)) {
                return view.handle(request);
            }
            if (raiseException) {
                return HttpResponse.forbidden("<h1>403 Forbidden</h1>");
            }
            return redirectToLogin(request, null);
        };
    }

    /**
     * A 302 to {@code loginUrl} (LOGIN_URL when null) with {@code next} the page asked for: its path and query when
     * the login page is on the same scheme and host, else its absolute URI (Django's {@code redirect_to_login}).
     */
    public static HttpResponseRedirect redirectToLogin(HttpRequest request, String loginUrl) {
        String login = loginUrl != null ? loginUrl : request.settings().get(AuthSettings.LOGIN_URL);
        URI loginUri = URI.create(login);
        String next = request.buildAbsoluteUri();
        URI current = URI.create(next);
        if ((loginUri.getScheme() == null || loginUri.getScheme().equals(current.getScheme()))
                && (loginUri.getRawAuthority() == null || loginUri.getRawAuthority().equals(current.getRawAuthority()))) {
            next = request.fullPath();
        }
        return new HttpResponseRedirect(withNext(login, next));
    }

    private static String withNext(String login, String next) {
        int hash = login.indexOf('#');
        String fragment = hash < 0 ? "" : login.substring(hash);
        String base = hash < 0 ? login : login.substring(0, hash);
        String pair = Auth.REDIRECT_FIELD_NAME + "=" + quotePlus(next);
        // Django's QueryDict keeps other parameters of LOGIN_URL and replaces a next already there.
        String joined;
        int question = base.indexOf('?');
        if (question < 0) {
            joined = base + "?" + pair;
        } else {
            StringBuilder query = new StringBuilder();
            for (String part : base.substring(question + 1).split("&")) {
                if (!part.isEmpty() && !part.equals(Auth.REDIRECT_FIELD_NAME) && !part.startsWith(Auth.REDIRECT_FIELD_NAME + "=")) {
                    query.append(part).append('&');
                }
            }
            joined = base.substring(0, question) + "?" + query + pair;
        }
        return joined + fragment;
    }

    /** Python's {@code quote_plus(text, safe="/")}, as Django's {@code urlencode(safe="/")}. */
    static String quotePlus(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2F", "/").replace("*", "%2A").replace("%7E", "~");
    }
}
