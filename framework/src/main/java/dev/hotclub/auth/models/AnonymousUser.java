package dev.hotclub.auth.models;

import dev.hotclub.http.RequestUser;

/** Django's {@code AnonymousUser}: {@code request.user()} when nobody is logged in. It has no permissions. */
public final class AnonymousUser implements RequestUser {
    public static final AnonymousUser INSTANCE = new AnonymousUser();

    private AnonymousUser() {
    }

    @Override
    public boolean isAuthenticated() {
        return false;
    }

    @Override
    public boolean isActive() {
        return false;
    }

    @Override
    public boolean isStaff() {
        return false;
    }

    @Override
    public boolean isSuperuser() {
        return false;
    }

    @Override
    public String getUsername() {
        return "";
    }

    @Override
    public boolean hasPerm(String permission) {
        return false;
    }

    @Override
    public boolean hasModulePerms(String appLabel) {
        return false;
    }

    @Override
    public String toString() {
        return "AnonymousUser";
    }
}
