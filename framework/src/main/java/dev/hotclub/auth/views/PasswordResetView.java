package dev.hotclub.auth.views;

import static dev.hotclub.shortcuts.Shortcuts.render;

import dev.hotclub.auth.forms.PasswordResetForm;
import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.tokens.PasswordResetTokens;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.View;
import dev.hotclub.mail.Mailer;
import dev.hotclub.shortcuts.Shortcuts;
import dev.hotclub.templates.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code PasswordResetView}: {@code registration/password_reset_form.html} asks for an email address; a
 * valid post mails each active user of that address who has a usable password a link with a signed, expiring,
 * single-use token ({@link PasswordResetTokens}), the subject from {@code registration/password_reset_subject.txt}
 * and the text from {@code registration/password_reset_email.html} (with {@code email}, {@code domain},
 * {@code site_name}, {@code uid}, {@code user}, {@code token}, {@code protocol}), through the project's
 * EMAIL_BACKEND. It then goes to {@code successUrl} whether or not an account matched, so that the page does not tell
 * who has an account.
 */
public final class PasswordResetView implements View {
    private String templateName = "registration/password_reset_form.html";
    private String subjectTemplateName = "registration/password_reset_subject.txt";
    private String emailTemplateName = "registration/password_reset_email.html";
    private String successUrl = "password_reset_done";
    private String fromEmail;

    public PasswordResetView templateName(String templateName) {
        this.templateName = templateName;
        return this;
    }

    public PasswordResetView emailTemplateName(String emailTemplateName) {
        this.emailTemplateName = emailTemplateName;
        return this;
    }

    public PasswordResetView subjectTemplateName(String subjectTemplateName) {
        this.subjectTemplateName = subjectTemplateName;
        return this;
    }

    /** A URL or a URL name (default {@code password_reset_done}). */
    public PasswordResetView successUrl(String successUrl) {
        this.successUrl = successUrl;
        return this;
    }

    /** The sender; DEFAULT_FROM_EMAIL when not set. */
    public PasswordResetView fromEmail(String fromEmail) {
        this.fromEmail = fromEmail;
        return this;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        PasswordResetForm form = new PasswordResetForm();
        if (request.method().equals("POST")) {
            form.bind(request);
            if (form.isValid()) {
                sendLinks(request, form.cleaned(form.email));
                return Shortcuts.redirect(successUrl);
            }
        }
        return render(request, templateName, Map.of("form", form, "title", "Password reset"));
    }

    private void sendLinks(HttpRequest request, String email) {
        UserModel<? extends AbstractUser> users = UserModel.of(request.settings());
        PasswordResetTokens tokens = PasswordResetTokens.from(request.settings());
        TemplateEngine templates = request.attribute(TemplateEngine.ATTRIBUTE);
        Mailer mailer = Mailer.of(request.settings());
        for (AbstractUser user : users.objects().filter("email__iexact", email, "isActive", true).list()) {
            if (!user.hasUsablePassword()) {
                continue;
            }
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("email", user.email());
            context.put("domain", request.host());
            context.put("site_name", request.host());
            context.put("uid", PasswordResetTokens.encodeUid(user.pk()));
            context.put("user", user);
            context.put("token", tokens.makeToken(user));
            context.put("protocol", request.isSecure() ? "https" : "http");
            // Django joins the subject's lines: a header must not hold a line break.
            String subject = String.join("", templates.render(subjectTemplateName, context).lines().toList());
            String body = templates.render(emailTemplateName, context);
            mailer.sendMail(subject, body, fromEmail, List.of(user.email()));
        }
    }
}
