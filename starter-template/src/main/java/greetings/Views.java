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
     * greeting: the pattern of every Django form view.
     */
    static HttpResponse sayHello(HttpRequest request) {
        if (request.method().equals("POST")) {
            String name = request.POST().get("name", "").strip();
            String error = nameError(name);
            if (error.isEmpty()) {
                return redirect("greetings:personalized_greeting", name);
            }
            return render(request, "greetings/say_hello.html", Map.of("error", error, "name", name));
        }
        return render(request, "greetings/say_hello.html", Map.of("error", "", "name", ""));
    }

    /** The longest name the say-hello form takes (a Django CharField's max_length). */
    private static final int MAX_NAME_LENGTH = 100;

    /** What is wrong with the name typed in the form (as a Django form's clean_name would say), or "". */
    private static String nameError(String name) {
        if (name.isEmpty()) {
            return "Please enter a name.";
        }
        // The greeting's address is /greetings/<str:name>/, and a str never holds a "/".
        if (name.contains("/")) {
            return "Please enter a name without \"/\".";
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME_LENGTH) {
            return "Ensure this value has at most " + MAX_NAME_LENGTH + " characters (it has " + length + ").";
        }
        return "";
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
