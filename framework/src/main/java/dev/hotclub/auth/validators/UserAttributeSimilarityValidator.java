package dev.hotclub.auth.validators;

import dev.hotclub.auth.internal.PythonText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Django 3.2's {@code UserAttributeSimilarityValidator}: refuses a password too similar to the username, first
 * or last name or email, or to any word of them (the email's local part and domain parts), similarity being
 * difflib's {@code quick_ratio} at or above {@code maxSimilarity} (0.7), computed as Django does.
 */
public final class UserAttributeSimilarityValidator implements PasswordValidator {
    /** Django's {@code DEFAULT_USER_ATTRIBUTES}. */
    public static final List<String> DEFAULT_USER_ATTRIBUTES = List.of("username", "first_name", "last_name", "email");

    // Python's re \W on str: not a letter, not a number (str.isalnum), not "_". Java's Unicode \W would keep
    // combining marks inside words, and "İ".lower() is "i" + U+0307: Django splits it, so must we.
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private final List<String> userAttributes;
    private final double maxSimilarity;

    public UserAttributeSimilarityValidator() {
        this(DEFAULT_USER_ATTRIBUTES, 0.7);
    }

    public UserAttributeSimilarityValidator(List<String> userAttributes, double maxSimilarity) {
        if (maxSimilarity < 0.1) {
            throw new IllegalArgumentException("max_similarity must be at least 0.1");
        }
        this.userAttributes = List.copyOf(userAttributes);
        this.maxSimilarity = maxSimilarity;
    }

    @Override
    public void validate(String password, UserAttributes user) {
        String lowered = PythonText.lower(password);
        for (String name : userAttributes) {
            Optional<String> value = user.attribute(name);
            if (value.isEmpty()) {
                continue;
            }
            String valueLower = PythonText.lower(value.get());
            List<String> parts = new ArrayList<>(Arrays.asList(NON_WORD.split(valueLower, -1)));
            parts.add(valueLower);
            for (String part : parts) {
                if (exceedsMaximumLengthRatio(lowered, part)) {
                    continue;
                }
                if (PythonText.quickRatio(lowered, part) >= maxSimilarity) {
                    String verboseName = user.verboseName(name);
                    throw new InvalidPassword(new PasswordError("The password is too similar to the " + verboseName
                            + ".", "password_too_similar", Map.of("verbose_name", verboseName)));
                }
            }
        }
    }

    /** Django's shortcut: a value ten times shorter than the password cannot reach the ratio; skip the work. */
    private boolean exceedsMaximumLengthRatio(String password, String value) {
        int passwordLength = PythonText.length(password);
        int valueLength = PythonText.length(value);
        return passwordLength >= 10 * valueLength && valueLength < maxSimilarity / 2 * passwordLength;
    }

    @Override
    public String helpText() {
        return "Your password can’t be too similar to your other personal information.";
    }
}
