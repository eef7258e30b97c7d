package dev.hotclub.auth.views;

import static dev.hotclub.shortcuts.Shortcuts.render;

import dev.hotclub.auth.Auth;
import dev.hotclub.auth.AuthSettings;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponseRedirect;
import dev.hotclub.http.View;
import dev.hotclub.shortcuts.Shortcuts;
import java.util.Map;

/**
 * Django's {@code LogoutView} (5.0's: POST only, so that a link or an image elsewhere cannot log a visitor out; a GET
 * is a 405): logs out ({@link Auth#logout}), then goes to a safe {@code next}, else LOGOUT_REDIRECT_URL, else shows
 * {@code registration/logged_out.html}.
 */
public final class LogoutView implements View {
    private String templateName = "registration/logged_out.html";

    public LogoutView templateName(String templateName) {
        this.templateName = templateName;
        return this;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        if (!request.method().equals("POST")) {
            return HttpResponse.notAllowed("POST", "OPTIONS");
        }
        Auth.logout(request);
        String next = RedirectTarget.safeNext(request);
        if (!next.isEmpty()) {
            return new HttpResponseRedirect(next);
        }
        String after = request.settings().get(AuthSettings.LOGOUT_REDIRECT_URL);
        if (after != null && !after.isEmpty()) {
            return Shortcuts.redirect(after);
        }
        return render(request, templateName, Map.of("title", "Logged out", "site_name", request.host()));
    }
}
