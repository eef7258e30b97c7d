package dev.hotclub.auth.views;

import static dev.hotclub.shortcuts.Shortcuts.render;

import dev.hotclub.auth.Auth;
import dev.hotclub.auth.AuthSettings;
import dev.hotclub.auth.forms.AuthenticationForm;
import dev.hotclub.auth.throttle.LoginThrottle;
import dev.hotclub.auth.throttle.LoginThrottleSettings;
import dev.hotclub.auth.throttle.ThrottleDecision;
import dev.hotclub.conf.Settings;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponseRedirect;
import dev.hotclub.http.TemplateResponse;
import dev.hotclub.http.View;
import dev.hotclub.shortcuts.Shortcuts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code LoginView}: shows {@code registration/login.html} with {@code form} (an
 * {@link AuthenticationForm}) and {@code next}; a valid post logs the user in ({@link Auth#login}) and goes to
 * {@code next} when it is safe (same host, {@code https} when the request was), else to LOGIN_REDIRECT_URL. Failed
 * logins are counted by the login throttle (LOGIN_THROTTLE_*): past the limit a post is answered 429 with the
 * throttle's message, and no password is checked.
 *
 * <pre>{@code
 * path("accounts/login/", new LoginView(), "login"),
 * }</pre>
 */
public final class LoginView implements View {
    private String templateName = "registration/login.html";
    private boolean redirectAuthenticatedUser;
    private volatile LoginThrottle throttle;

    public LoginView templateName(String templateName) {
        this.templateName = templateName;
        return this;
    }

    /** Django's {@code redirect_authenticated_user}: a logged-in visitor goes straight to the success URL. */
    public LoginView redirectAuthenticatedUser(boolean redirect) {
        this.redirectAuthenticatedUser = redirect;
        return this;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        if (redirectAuthenticatedUser && request.user().isAuthenticated()) {
            return successRedirect(request);
        }
        AuthenticationForm form = new AuthenticationForm(request.settings());
        if (!request.method().equals("POST")) {
            return page(request, form, 200);
        }
        form.bind(request);
        String username = request.POST().get("username", "");
        LoginThrottle throttle = throttle(request.settings());
        ThrottleDecision decision = throttle.check(username, request.clientAddress());
        if (decision.refused()) {
            form.refuse(decision.message()).isValid();
            TemplateResponse refused = page(request, form, 429);
            refused.header("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            return refused;
        }
        if (form.isValid()) {
            throttle.recordSuccess(username);
            Auth.login(request, form.getUser());
            return successRedirect(request);
        }
        if (form.hasError(null, "invalid_login")) {
            throttle.recordFailure(username, request.clientAddress());
        }
        return page(request, form, 200);
    }

    private TemplateResponse page(HttpRequest request, AuthenticationForm form, int status) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("form", form);
        context.put(Auth.REDIRECT_FIELD_NAME, RedirectTarget.safeNext(request));
        context.put("site_name", request.host());
        return render(request, templateName, context, status);
    }

    private static HttpResponse successRedirect(HttpRequest request) {
        String next = RedirectTarget.safeNext(request);
        if (!next.isEmpty()) {
            return new HttpResponseRedirect(next);
        }
        return Shortcuts.redirect(request.settings().get(AuthSettings.LOGIN_REDIRECT_URL));
    }

    private LoginThrottle throttle(Settings settings) {
        LoginThrottle current = throttle;
        if (current == null) {
            synchronized (this) {
                if (throttle == null) {
                    throttle = new LoginThrottle(LoginThrottleSettings.from(settings));
                }
                current = throttle;
            }
        }
        return current;
    }
}
