package dev.hotclub.auth.views;

import static dev.hotclub.shortcuts.Shortcuts.render;

import dev.hotclub.auth.forms.SetPasswordForm;
import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.tokens.PasswordResetTokens;
import dev.hotclub.auth.validators.PasswordValidators;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponseRedirect;
import dev.hotclub.http.View;
import dev.hotclub.shortcuts.Shortcuts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Django's {@code PasswordResetConfirmView}, on {@code reset/<uidb64>/<token>/}: a valid link moves the token into
 * the session and redirects to {@code reset/<uidb64>/set-password/} (so the token never appears in a Referer the
 * next page sends), which shows {@code registration/password_reset_confirm.html} with a {@link SetPasswordForm};
 * a valid post stores the password (which spends the token) and goes to {@code successUrl}. A link that is wrong,
 * used or expired shows the page with {@code validlink} false.
 */
public final class PasswordResetConfirmView implements View {
    /** Django's {@code INTERNAL_RESET_SESSION_TOKEN}. */
    public static final String INTERNAL_RESET_SESSION_TOKEN = "_password_reset_token";
    /** Django's {@code reset_url_token}. */
    public static final String RESET_URL_TOKEN = "set-password";

    private String templateName = "registration/password_reset_confirm.html";
    private String successUrl = "password_reset_complete";
    private PasswordValidators validators = PasswordValidators.none();

    public PasswordResetConfirmView templateName(String templateName) {
        this.templateName = templateName;
        return this;
    }

    /** A URL or a URL name (default {@code password_reset_complete}). */
    public PasswordResetConfirmView successUrl(String successUrl) {
        this.successUrl = successUrl;
        return this;
    }

    public PasswordResetConfirmView validators(PasswordValidators validators) {
        this.validators = validators;
        return this;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        UserModel<? extends AbstractUser> users = UserModel.of(request.settings());
        PasswordResetTokens tokens = PasswordResetTokens.from(request.settings());
        String uidb64 = request.arg("uidb64");
        String token = request.arg("token");
        Optional<? extends AbstractUser> user = PasswordResetTokens.decodeUid(uidb64).flatMap(users::getById);
        if (user.isPresent()) {
            if (token.equals(RESET_URL_TOKEN)) {
                String sessionToken = request.session().get(INTERNAL_RESET_SESSION_TOKEN, String.class);
                if (sessionToken != null && tokens.checkToken(user.get(), sessionToken)) {
                    return setPassword(request, user.get(), users);
                }
            } else if (tokens.checkToken(user.get(), token)) {
                request.session().put(INTERNAL_RESET_SESSION_TOKEN, token);
                String path = request.path();
                return new HttpResponseRedirect(path.substring(0, path.lastIndexOf(token)) + RESET_URL_TOKEN
                        + path.substring(path.lastIndexOf(token) + token.length()));
            }
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("validlink", false);
        context.put("title", "Password reset unsuccessful");
        return render(request, templateName, context);
    }

    private HttpResponse setPassword(HttpRequest request, AbstractUser user, UserModel<?> users) {
        SetPasswordForm form = new SetPasswordForm(user, users, validators);
        if (request.method().equals("POST")) {
            form.bind(request);
            if (form.isValid()) {
                form.save();
                request.session().remove(INTERNAL_RESET_SESSION_TOKEN);
                return Shortcuts.redirect(successUrl);
            }
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("form", form);
        context.put("validlink", true);
        context.put("title", "Enter new password");
        return render(request, templateName, context);
    }
}
