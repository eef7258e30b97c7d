package dev.hotclub.auth;

import static dev.hotclub.auth.Decorators.loginRequired;
import static dev.hotclub.auth.Decorators.permissionRequired;
import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.auth.hashers.Md5PasswordHasher;
import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.views.LoginView;
import dev.hotclub.auth.views.LogoutView;
import dev.hotclub.auth.views.PasswordChangeView;
import dev.hotclub.auth.views.PasswordResetConfirmView;
import dev.hotclub.auth.views.PasswordResetView;
import dev.hotclub.mail.MailSettings;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.sessions.SessionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A project with Django's auth views and a few protected pages, its templates written to a temporary folder. */
final class AuthSite {
    static final String SECRET = "auth-test-secret-key-that-is-long-enough-for-the-checks-0123456789";
    private static Path templates;

    private AuthSite() {
    }

    static Project.Builder builder(SessionStore store) {
        return Project.named("authsite").secretKey(SECRET).allowedHosts("testserver", "example.com")
                .set(PasswordHashers.PASSWORD_HASHERS, PasswordHashers.of(new Md5PasswordHasher()))
                .set(SessionMiddleware.SESSION_ENGINE, store)
                .set(MailSettings.EMAIL_BACKEND, "locmem")
                .templateDirs(templates())
                .middleware(new SessionMiddleware(), new CsrfViewMiddleware(), new AuthenticationMiddleware())
                .urls(path("accounts/login/", new LoginView(), "login"),
                        path("accounts/logout/", new LogoutView(), "logout"),
                        path("accounts/password_change/", new PasswordChangeView(), "password_change"),
                        path("accounts/password_change/done/", r -> HttpResponse.ok("changed"), "password_change_done"),
                        path("accounts/profile/", r -> HttpResponse.ok("profile"), "profile"),
                        path("private/", loginRequired(r -> HttpResponse.ok("hello " + r.user().getUsername())), "private"),
                        path("polls/add/", permissionRequired("polls.add_question", r -> HttpResponse.ok("may add")), "add"),
                        path("polls/delete/", permissionRequired(List.of("polls.delete_question"), true,
                                r -> HttpResponse.ok("may delete")), "delete"),
                        path("accounts/password_reset/", new PasswordResetView(), "password_reset"),
                        path("accounts/password_reset/done/", r -> HttpResponse.ok("mailed"), "password_reset_done"),
                        path("accounts/reset/<uidb64>/<token>/", new PasswordResetConfirmView(), "password_reset_confirm"),
                        path("accounts/reset/done/", r -> HttpResponse.ok("reset"), "password_reset_complete"),
                        path("visit/", r -> {
                            r.session().put("visited", true);
                            return HttpResponse.ok("visited");
                        }, "visit"),
                        path("whoami/", r -> render(r, "whoami.html", Map.of()), "whoami"));
    }

    static Project project(SessionStore store) {
        return builder(store).build();
    }

    private static synchronized Path templates() {
        if (templates == null) {
            try {
                templates = Files.createTempDirectory("hotclub-auth-templates");
                write("registration/login.html", "<form method=\"post\"><@csrf_input/>${form}"
                        + "<input type=\"hidden\" name=\"next\" value=\"${next}\"></form>");
                write("registration/logged_out.html", "<p>${title}</p>");
                write("registration/password_change_form.html", "<form method=\"post\">${form}</form>");
                write("registration/password_reset_form.html", "<form method=\"post\">${form}</form>");
                write("registration/password_reset_subject.txt", "Password reset on ${site_name}\n");
                write("registration/password_reset_email.html", "Hello ${user.username},\n"
                        + "${protocol}://${domain}${url('password_reset_confirm', uid, token)}\n");
                write("registration/password_reset_confirm.html", "<#if validlink>${form}<#else>invalid link</#if>");
                write("whoami.html", "<#if user.authenticated>${user.username}<#else>anonymous</#if>"
                        + " add:${perms.polls.add_question?c} any:${perms.polls.any?c}");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return templates;
    }

    private static void write(String name, String text) throws IOException {
        Path file = templates.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
