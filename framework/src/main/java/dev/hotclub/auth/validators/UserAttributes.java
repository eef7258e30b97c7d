package dev.hotclub.auth.validators;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a validator may compare a password with: the user's attributes by Django's field names
 * ({@code username}, {@code first_name}, {@code last_name}, {@code email}) and their verbose names for the
 * messages. The User model implements it; before a user exists (a sign-up form), {@link #of(Map)} wraps the
 * values typed so far.
 *
 * <pre>{@code
 * validators.validatePassword(pw, UserAttributes.of(Map.of("username", "alice", "email", "alice@example.com")));
 * }</pre>
 */
public interface UserAttributes {
    /** The verbose names of Django's User fields, which the similarity message uses. */
    Map<String, String> DJANGO_VERBOSE_NAMES = Map.of(
            "username", "username", "first_name", "first name", "last_name", "last name", "email", "email address");

    /** The attribute's text, if this user has it and it is not empty. */
    Optional<String> attribute(String name);

    /** How messages name the attribute: Django's verbose name for User's fields, else the name itself. */
    default String verboseName(String name) {
        return DJANGO_VERBOSE_NAMES.getOrDefault(name, name);
    }

    /** Attributes from a map of names to values (nulls and blanks count as absent). */
    static UserAttributes of(Map<String, String> values) {
        Map<String, String> copy = new HashMap<>(values);
        return name -> Optional.ofNullable(copy.get(name)).filter(v -> !v.isEmpty());
    }

    /** No user (Django's {@code user=None}): the similarity check has nothing to compare with. */
    static UserAttributes none() {
        return name -> Optional.empty();
    }
}
