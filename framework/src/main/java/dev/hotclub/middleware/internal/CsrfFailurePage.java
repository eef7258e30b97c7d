package dev.hotclub.middleware.internal;

import dev.hotclub.http.Html;
import dev.hotclub.http.HttpResponse;

/**
 * Django's CSRF failure page (django/views/csrf.py): a 403 that says "CSRF verification failed", with the
 * reason and the help in debug mode, and the explanations for a missing Referer or cookie in any mode.
 */
public final class CsrfFailurePage {
    /** The project's own page for a CSRF failure, as Django's {@code CSRF_FAILURE_TEMPLATE_NAME}. */
    public static final String TEMPLATE = "403_csrf.html";
    public static final String REASON_NO_REFERER = "Referer checking failed - no Referer.";
    public static final String REASON_BAD_REFERER = "Referer checking failed - %s does not match any trusted origins.";
    public static final String REASON_BAD_ORIGIN = "Origin checking failed - %s does not match any trusted origins.";
    public static final String REASON_NO_CSRF_COOKIE = "CSRF cookie not set.";
    public static final String REASON_BAD_TOKEN = "CSRF token missing or incorrect.";
    public static final String REASON_MALFORMED_REFERER = "Referer checking failed - Referer is malformed.";
    public static final String REASON_INSECURE_REFERER =
            "Referer checking failed - Referer is insecure while host is secure.";

    private static final String STYLE = """
              <style type="text/css">
                html * { padding:0; margin:0; }
                body * { padding:10px 20px; }
                body * * { padding:0; }
                body { font:small sans-serif; background:#eee; color:#000; }
                body>div { border-bottom:1px solid #ddd; }
                h1 { font-weight:normal; margin-bottom:.4em; }
                h1 span { font-size:60%; color:#666; font-weight:normal; }
                #info { background:#f6f6f6; }
                #info ul { margin: 0.5em 4em; }
                #info p, #summary p { padding-top:10px; }
                #summary { background: #ffc; }
                #explanation { background:#eee; border-bottom: 0px none; }
              </style>
            """;

    private CsrfFailurePage() {
    }

    public static HttpResponse response(String reason, boolean debug) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta http-equiv="content-type" content="text/html; charset=utf-8">
                  <meta name="robots" content="NONE,NOARCHIVE">
                  <title>403 Forbidden</title>
                """).append(STYLE).append("""
                </head>
                <body>
                <div id="summary">
                  <h1>Forbidden <span>(403)</span></h1>
                  <p>CSRF verification failed. Request aborted.</p>
                """);
        if (reason.equals(REASON_NO_REFERER)) {
            html.append("""
                      <p>You are seeing this message because this HTTPS site requires a “Referer header” to be sent by \
                 your Web browser, but none was sent. This header is required for security reasons, to ensure that \
                 your browser is not being hijacked by third parties.</p>
                      <p>If you have configured your browser to disable “Referer” headers, please re-enable them, at \
                 least for this site, or for HTTPS connections, or for “same-origin” requests.</p>
                      <p>If you are using the &lt;meta name=&quot;referrer&quot; content=&quot;no-referrer&quot;&gt; \
                 tag or including the “Referrer-Policy: no-referrer” header, please remove them. The CSRF protection \
                 requires the “Referer” header to do strict referer checking. If you’re concerned about privacy, use \
                 alternatives like &lt;a rel=&quot;noreferrer&quot; …&gt; for links to third-party sites.</p>
                 """);
        }
        if (reason.equals(REASON_NO_CSRF_COOKIE)) {
            html.append("""
                      <p>You are seeing this message because this site requires a CSRF cookie when submitting forms. \
                 This cookie is required for security reasons, to ensure that your browser is not being hijacked by \
                 third parties.</p>
                      <p>If you have configured your browser to disable cookies, please re-enable them, at least for \
                 this site, or for “same-origin” requests.</p>
                 """);
        }
        html.append("</div>\n");
        if (debug) {
            html.append("<div id=\"info\">\n  <h2>Help</h2>\n  <p>Reason given for failure:</p>\n  <pre>\n  ")
                    .append(Html.escape(reason)).append("\n  </pre>\n").append("""
                      <p>In general, this can occur when there is a genuine Cross Site Request Forgery, or when\
                     Hotclub’s CSRF mechanism (CsrfViewMiddleware, docs/HTTP.md) has not been used correctly. For POST\
                     forms, you need to ensure:</p>
                      <ul>
                        <li>Your browser is accepting cookies.</li>
                        <li>The view renders the form’s template with <code>render(request, ...)</code>, which puts the\
                     token in the context.</li>
                        <li>In the template, there is a <code>&lt;@csrf_input/&gt;</code> inside each POST form that\
                     targets an internal URL (or a script sends <code>${csrf_token}</code> in the <code>X-CSRFToken</code>\
                     header).</li>
                        <li>A view that must accept posts from elsewhere (a webhook) is wrapped in\
                     <code>CsrfViewMiddleware.exempt(view)</code>.</li>
                        <li>The form has a valid CSRF token. After logging in in another browser tab or hitting the\
                     back button after a login, you may need to reload the page with the form, because the token is\
                     rotated after a login.</li>
                      </ul>
                      <p>You’re seeing the help section of this page because the project is in debug mode\
                     (<code>debug(true)</code>). Turn it off, and only the initial error message will be displayed.</p>
                    </div>
                    """);
        } else {
            html.append("<div id=\"explanation\">\n  <p><small>More information is available with debug(true).</small></p>\n</div>\n");
        }
        html.append("</body>\n</html>\n");
        return HttpResponse.forbidden(html.toString());
    }
}
