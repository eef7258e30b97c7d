package greetings;

import static dev.hotclub.http.Html.escape;
import static dev.hotclub.shortcuts.Shortcuts.redirect;
import static dev.hotclub.shortcuts.Shortcuts.render;

import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The greetings app's views: each takes the request and returns the response. */
final class Views {
    private static final Set<String> PROFILES = Set.of("alice", "bob", "carol");

    private Views() {
    }

    static HttpResponse home(HttpRequest request) {
        return HttpResponse.ok("<h1>Welcome to the App!</h1><p>This is the homepage.</p>");
    }

    /**
     * Rendered from greetings/templates/greetings/hello.html, which escapes {@code name} itself; the greeting is
     * the project's GREETING setting (Site.java reads it from the environment).
     */
    static HttpResponse personalizedGreeting(HttpRequest request, String name) {
        return render(request, "greetings/hello.html", Map.of(
                "greeting", request.settings().get("GREETING"),
                "name", capitalize(name)));
    }

    static HttpResponse search(HttpRequest request) {
        String query = request.GET().get("q", "");
        String page = request.GET().get("page", "1");
        StringBuilder html = new StringBuilder("<h1>Search Results</h1>");
        if (query.isEmpty()) {
            html.append("<p>Please provide a search term using ?q=...</p>");
        } else {
            html.append("<p>You searched for: ").append(escape(query)).append("</p>");
        }
        html.append("<p>Showing page: ").append(escape(page)).append("</p>");
        return HttpResponse.ok(html.toString());
    }

    /**
     * A form that posts a name (with the CSRF token, which CsrfViewMiddleware checks), then redirects to the
     * greeting: the pattern of every Django form view. An invalid name shows the form again with its error and
     * what was typed.
     */
    static HttpResponse sayHello(HttpRequest request) {
        NameForm form = new NameForm();
        if (request.method().equals("POST")) {
            form.bind(request);
            if (form.isValid()) {
                return redirect("greetings:personalized_greeting", form.cleaned(form.name));
            }
        }
        return render(request, "greetings/say_hello.html", Map.of("form", form));
    }

    static HttpResponse goHome(HttpRequest request) {
        return redirect("greetings:home");
    }

    static HttpResponse showProfile(HttpRequest request) {
        String username = request.arg("username");
        if (!PROFILES.contains(username)) {
            throw new Http404("User not found");
        }
        return HttpResponse.ok("<h1>Profile of " + escape(capitalize(username)) + "</h1>");
    }

    /** Python's str.capitalize(): the first character in title case, the rest in lower case. */
    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int rest = Character.charCount(first);
        return new StringBuilder()
                .appendCodePoint(Character.toTitleCase(first))
                .append(s.substring(rest).toLowerCase(Locale.ROOT))
                .toString();
    }
}
