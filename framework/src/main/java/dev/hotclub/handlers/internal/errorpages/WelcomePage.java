package dev.hotclub.handlers.internal.errorpages;

import static dev.hotclub.http.Html.escape;

/**
 * Django's {@code default_urlconf} page: what a new project shows in debug mode while its root URLconf has no
 * patterns at all, instead of a 404 that lists nothing. The texts are Django's; the page is Hotclub's own.
 */
final class WelcomePage {
    static final String TITLE = "The install worked successfully! Congratulations!";

    private WelcomePage() {
    }

    static String html(String projectName, String version) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>" + TITLE + "</title>\n"
            + "<style>\n"
            + "html { font: 16px/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; color: #2b2b2b; }\n"
            + "body { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem; }\n"
            + "header { display: flex; justify-content: space-between; align-items: baseline;"
            + " border-bottom: 1px solid #e6e6e6; padding-bottom: 1rem; }\n"
            + ".logo { font-weight: 700; font-size: 1.5rem; color: #b8332a; }\n"
            + "main { text-align: center; padding: 4rem 0; }\n"
            + "h1 { font-size: 1.6rem; font-weight: 400; margin: 0 0 1rem; }\n"
            + "code { background: #f3f3f3; padding: 0 .25rem; border-radius: 3px; }\n"
            + "footer { border-top: 1px solid #e6e6e6; padding-top: 1rem; }\n"
            + "footer dt { font-weight: 600; margin-top: .75rem; }\n"
            + "footer dd { margin: 0; color: #555; }\n"
            + "</style>\n</head>\n<body>\n"
            + "<header>\n  <span class=\"logo\">hotclub</span>\n"
            + "  <p>Hotclub " + escape(version) + "</p>\n</header>\n"
            + "<main>\n  <h1>" + TITLE + "</h1>\n"
            + "  <p>You are seeing this page because <code>DEBUG=true</code> is in your environment and you have not"
            + " configured any URLs.</p>\n"
            + "  <p>Project <code>" + escape(projectName) + "</code>: add an app with <code>./manage startapp NAME</code>,"
            + " or a route to its <code>.urls(...)</code>.</p>\n</main>\n"
            + "<footer>\n<dl>\n"
            + "  <dt>Tutorial: A Polling App</dt><dd>docs/TUTORIAL.md in Hotclub's repository: get started with Hotclub</dd>\n"
            + "  <dt>URLs and views</dt><dd>docs/URLS.md and docs/HTTP.md</dd>\n"
            + "  <dt>Settings and deployment</dt><dd>docs/SETTINGS.md and docs/DEPLOY.md</dd>\n"
            + "</dl>\n</footer>\n</body>\n</html>\n";
    }
}
