package dev.hotclub.auth;

import dev.hotclub.conf.Setting;

/** Django's login URLs: where {@code loginRequired} sends visitors, and where login and logout go next. */
public final class AuthSettings {
    private AuthSettings() {
    }

    /** Django's {@code LOGIN_URL}: where {@code loginRequired} redirects, with {@code ?next=}. */
    public static final Setting<String> LOGIN_URL = Setting.text("LOGIN_URL", "/accounts/login/",
            "Where a visitor who must log in is sent (with ?next= the page asked for).");
    /** Django's {@code LOGIN_REDIRECT_URL}: where LoginView goes when there is no safe {@code next}. */
    public static final Setting<String> LOGIN_REDIRECT_URL = Setting.text("LOGIN_REDIRECT_URL", "/accounts/profile/",
            "Where a login goes when no safe next page was asked for.");
    /** Django's {@code LOGOUT_REDIRECT_URL}: where LogoutView goes; none (the default) renders the logged-out page. */
    public static final Setting<String> LOGOUT_REDIRECT_URL = Setting.text("LOGOUT_REDIRECT_URL", null,
            "Where a logout goes; unset: the logged-out page is shown.");
}
