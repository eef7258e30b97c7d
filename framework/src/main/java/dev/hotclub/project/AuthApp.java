package dev.hotclub.project;

import dev.hotclub.auth.AuthMigrations;
import dev.hotclub.auth.models.ContentType;
import dev.hotclub.auth.models.Group;
import dev.hotclub.auth.models.Permission;
import dev.hotclub.auth.models.User;
import dev.hotclub.auth.views.LoginView;
import dev.hotclub.auth.views.LogoutView;
import dev.hotclub.auth.views.PasswordChangeView;
import dev.hotclub.auth.views.PasswordResetConfirmView;
import dev.hotclub.auth.views.PasswordResetView;
import dev.hotclub.db.models.Model;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.views.TemplateView;

import java.util.List;

import static dev.hotclub.urls.Urls.path;

/**
 * Django's {@code django.contrib.auth} and {@code django.contrib.contenttypes} as an installed app, with
 * {@code django.contrib.auth.urls}: mounting it ({@code path("accounts/", include(new AuthApp()))}) installs the
 * User, Group, Permission and ContentType models, whose migrations ({@code contenttypes 0001_initial},
 * {@code auth 0001_initial}) {@code migrate} then applies, and gives the login, logout, password change and
 * password reset pages under Django's URL names ({@code login}, {@code logout}, {@code password_change}, ...).
 * The templates ({@code registration/login.html}, ...) are the project's, as in Django. (It is here, beside
 * {@link App}, rather than in {@code dev.hotclub.auth}, which sits below the project in the package order.)
 */
public final class AuthApp implements App {
    @Override
    public UrlConf urls() {
        return UrlConf.of(
                path("login/", new LoginView(), "login"),
                path("logout/", new LogoutView(), "logout"),
                path("password_change/", new PasswordChangeView(), "password_change"),
                path("password_change/done/", TemplateView.of("registration/password_change_done.html"),
                        "password_change_done"),
                path("password_reset/", new PasswordResetView(), "password_reset"),
                path("password_reset/done/", TemplateView.of("registration/password_reset_done.html"),
                        "password_reset_done"),
                path("reset/<uidb64>/<token>/", new PasswordResetConfirmView(), "password_reset_confirm"),
                path("reset/done/", TemplateView.of("registration/password_reset_complete.html"),
                        "password_reset_complete"));
    }

    /** Django's label is {@code auth}. */
    @Override
    public String label() {
        return "auth";
    }

    /**
     * The models, targets of foreign keys first. {@link User} is left out of the project's models when
     * AUTH_USER_MODEL names another (see {@link AuthMigrations}).
     */
    @Override
    public List<Class<? extends Model>> models() {
        return List.of(ContentType.class, Permission.class, Group.class, User.class);
    }
}
