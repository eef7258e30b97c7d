package dev.hotclub.project;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Setting;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Settings from environment variables with typed defaults, as a Django {@code settings.py} reads
 * {@code os.environ}. Import statically in the project's {@code Site}:
 *
 * <pre>{@code
 * Project.named("mysite")
 *     .setting("GREETING", env("GREETING", "Hello"))
 *     .setting("PAGE_SIZE", envInt("PAGE_SIZE", 20))
 *     .setting("SIGNUPS_OPEN", envBool("SIGNUPS_OPEN", true))
 *     .setting("ADMINS", envList("ADMINS", List.of()))
 * }</pre>
 *
 * A value that is not of the type asked for is an error naming the variable, its value and what to write. A
 * launcher may give defaults beneath the process environment while a project is built
 * ({@link #withDefaults}): the dev server builds projects as if {@code DEBUG=true} were set.
 */
public final class Env {
    private static final ThreadLocal<Map<String, String>> LAUNCHER_DEFAULTS = ThreadLocal.withInitial(Map::of);

    private Env() {
    }

    /** The variable's value: the process environment's, else the launcher's default; empty when neither. */
    public static Optional<String> lookup(String name) {
        String value = System.getenv(name);
        return Optional.ofNullable(value != null ? value : LAUNCHER_DEFAULTS.get().get(name));
    }

    /** The names of the variables set: the process environment's and the launcher's defaults. */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>(System.getenv().keySet());
        names.addAll(LAUNCHER_DEFAULTS.get().keySet());
        return names;
    }

    /** The variable as text, or {@code defaultValue} when it is not set. */
    public static String env(String name, String defaultValue) {
        return lookup(name).orElse(defaultValue);
    }

    /** The variable as a whole number, or {@code defaultValue} when it is not set. */
    public static int envInt(String name, int defaultValue) {
        Optional<String> value = lookup(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw invalid(name, value.get(), "a whole number, e.g. " + name + "=" + defaultValue);
        }
    }

    /** The variable as a boolean ({@code true/false, 1/0, yes/no, on/off}), or {@code defaultValue}. */
    public static boolean envBool(String name, boolean defaultValue) {
        Optional<String> value = lookup(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Setting.parseBool(value.get());
        } catch (IllegalArgumentException e) {
            throw invalid(name, value.get(), Setting.BOOLEAN_FORM);
        }
    }

    /** The variable as a comma-separated list (blanks trimmed, empty items dropped), or {@code defaultValue}. */
    public static List<String> envList(String name, List<String> defaultValue) {
        return lookup(name).map(Setting::splitList).orElse(defaultValue);
    }

    /**
     * Runs {@code work} (building a project) with {@code defaults} beneath the process environment on this
     * thread: a variable the environment sets wins. The dev server builds with {@code DEBUG=true}.
     */
    public static <T> T withDefaults(Map<String, String> defaults, Supplier<T> work) {
        Map<String, String> outer = LAUNCHER_DEFAULTS.get();
        Map<String, String> merged = new HashMap<>(outer);
        merged.putAll(defaults);
        LAUNCHER_DEFAULTS.set(Map.copyOf(merged));
        try {
            return work.get();
        } finally {
            if (outer.isEmpty()) {
                LAUNCHER_DEFAULTS.remove();
            } else {
                LAUNCHER_DEFAULTS.set(outer);
            }
        }
    }

    private static ImproperlyConfigured invalid(String name, String value, String wanted) {
        return new ImproperlyConfigured("The environment variable " + name + "=\"" + value + "\" is not valid: set it to "
                + wanted + ", or unset it for the default.");
    }
}
