package dev.hotclub.auth.tokens;

import java.time.Instant;

/**
 * What a password reset token is made from: the state of a user that a reset (or a login) changes, so that a
 * token stops working once used. The User model implements it.
 */
public interface PasswordResetUser {
    /** The primary key, written as Python's {@code str(pk)} writes it ({@code 1}, or a UUID's text). */
    Object pk();

    /** The stored password hash: a reset changes it, which spends the token. */
    String password();

    /** When the user last logged in, or null if never: a login after the reset spends the token too. */
    Instant lastLogin();

    /** The email address, or empty: changing it spends outstanding tokens (Django 3.1+). */
    String email();
}
