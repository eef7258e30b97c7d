package dev.hotclub.middleware.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The 403 page's explanations, word for word as Django 3.2's csrf_failure renders them. */
@DisplayName("CsrfFailurePage")
class CsrfFailurePageTest {

    private static String page(String reason, boolean debug) {
        return CsrfFailurePage.response(reason, debug).text();
    }

    @Test
    @DisplayName("the missing Referer's three paragraphs read as Django's, no words glued at the source's line ends")
    void noReferer() {
        assertThat(page(CsrfFailurePage.REASON_NO_REFERER, false))
            .contains("  <p>You are seeing this message because this HTTPS site requires a “Referer header” to be sent by"
                + " your Web browser, but none was sent. This header is required for security reasons, to ensure that"
                + " your browser is not being hijacked by third parties.</p>\n")
            .contains("  <p>If you have configured your browser to disable “Referer” headers, please re-enable them, at"
                + " least for this site, or for HTTPS connections, or for “same-origin” requests.</p>\n")
            .contains("  <p>If you are using the &lt;meta name=&quot;referrer&quot; content=&quot;no-referrer&quot;&gt;"
                + " tag or including the “Referrer-Policy: no-referrer” header, please remove them. The CSRF protection"
                + " requires the “Referer” header to do strict referer checking. If you’re concerned about privacy, use"
                + " alternatives like &lt;a rel=&quot;noreferrer&quot; …&gt; for links to third-party sites.</p>\n");
    }

    @Test
    @DisplayName("the missing cookie's two paragraphs read as Django's")
    void noCookie() {
        assertThat(page(CsrfFailurePage.REASON_NO_CSRF_COOKIE, false))
            .contains("  <p>You are seeing this message because this site requires a CSRF cookie when submitting forms."
                + " This cookie is required for security reasons, to ensure that your browser is not being hijacked by"
                + " third parties.</p>\n")
            .contains("  <p>If you have configured your browser to disable cookies, please re-enable them, at least for"
                + " this site, or for “same-origin” requests.</p>\n");
    }

    @Test
    @DisplayName("the debug help has a space wherever the source breaks a line")
    void debugHelp() {
        assertThat(page(CsrfFailurePage.REASON_BAD_TOKEN, true))
            .contains("a genuine Cross Site Request Forgery, or when Hotclub’s CSRF mechanism")
            .contains("has not been used correctly. For POST forms, you need to ensure:</p>")
            .contains("which puts the token in the context.</li>")
            .contains("is wrapped in <code>CsrfViewMiddleware.exempt(view)</code>.</li>")
            .contains("in debug mode (<code>debug(true)</code>).");
    }
}
