package dev.hotclub.auth.views;

import static dev.hotclub.shortcuts.Shortcuts.render;

import dev.hotclub.auth.Auth;
import dev.hotclub.auth.Decorators;
import dev.hotclub.auth.forms.PasswordChangeForm;
import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.validators.PasswordValidators;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.View;
import dev.hotclub.shortcuts.Shortcuts;
import java.util.Map;

/**
 * Django's {@code PasswordChangeView} (login required): {@code registration/password_change_form.html} with a
 * {@link PasswordChangeForm}; a valid post stores the new password, keeps this session logged in
 * ({@link Auth#updateSessionAuthHash}) while the user's other sessions end, and goes to {@code successUrl}
 * (the URL named {@code password_change_done} by default).
 */
public final class PasswordChangeView implements View {
    private String templateName = "registration/password_change_form.html";
    private String successUrl = "password_change_done";
    private PasswordValidators validators = PasswordValidators.none();

    public PasswordChangeView templateName(String templateName) {
        this.templateName = templateName;
        return this;
    }

    /** A URL or a URL name (default {@code password_change_done}). */
    public PasswordChangeView successUrl(String successUrl) {
        this.successUrl = successUrl;
        return this;
    }

    /** The validators the new password must pass (Django's AUTH_PASSWORD_VALIDATORS); none by default. */
    public PasswordChangeView validators(PasswordValidators validators) {
        this.validators = validators;
        return this;
    }

    @Override
    public HttpResponse handle(HttpRequest request) throws Exception {
        return Decorators.loginRequired(this::change).handle(request);
    }

    private HttpResponse change(HttpRequest request) {
        AbstractUser user = (AbstractUser) request.user();
        PasswordChangeForm form = new PasswordChangeForm(user, UserModel.of(request.settings()), validators);
        if (request.method().equals("POST")) {
            form.bind(request);
            if (form.isValid()) {
                form.save();
                Auth.updateSessionAuthHash(request, user);
                return Shortcuts.redirect(successUrl);
            }
        }
        return render(request, templateName, Map.of("form", form, "title", "Password change"));
    }
}
