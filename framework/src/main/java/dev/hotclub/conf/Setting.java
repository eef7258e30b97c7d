package dev.hotclub.conf;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One framework setting, as a line of Django's {@code global_settings.py}: its name (which is also its environment
 * variable, unless it can only be set in code), how the variable's text is read, its default, and one line of doc.
 * A setting is declared where it is used, as a constant, and listed once in the project's catalogue
 * ({@code dev.hotclub.project.FrameworkSettings}); docs/SETTINGS.md has a row for each.
 *
 * <pre>{@code
 * public static final Setting<Boolean> APPEND_SLASH = Setting.bool("APPEND_SLASH", true,
 *         "Redirect /path to /path/ when only the latter matches (CommonMiddleware).");
 *
 * Project.named("mysite").set(APPEND_SLASH, false)...;          // code wins, else the APPEND_SLASH variable
 * boolean append = request.settings().get(APPEND_SLASH);         // read the same way everywhere
 * }</pre>
 *
 * A value given in code is checked when it is given ({@link #check}); a variable's text when the project is built:
 * a bad one is an {@link ImproperlyConfigured} naming the variable, its value and the accepted form.
 *
 * @param <T> the value's type
 */
public final class Setting<T> {
    private static final List<String> TRUE = List.of("true", "1", "yes", "on");
    private static final List<String> FALSE = List.of("false", "0", "no", "off");

    /** Reads a variable's text; throws {@link IllegalArgumentException} (any message) when it is not of the form. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text);
    }

    /** Checks a value, from code or from the environment; throws {@link IllegalArgumentException} saying why not. */
    @FunctionalInterface
    public interface Check<T> {
        void check(T value);
    }

    private final String name;
    private final T defaultValue;
    private final Parser<T> parser;
    private final String form;
    private final String doc;
    private final Check<T> check;
    private final String declaredIn;

    private Setting(String name, T defaultValue, Parser<T> parser, String form, String doc, Check<T> check,
                    String declaredIn) {
        if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("A setting's name is upper case with underscores, as Django's"
                    + " (e.g. APPEND_SLASH); got " + name);
        }
        this.name = name;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.form = form;
        this.doc = doc;
        this.check = check;
        this.declaredIn = declaredIn;
    }

    /**
     * A setting read from the variable {@code name} with {@code parser}; {@code form} says what the variable may
     * hold, for the error message ("a whole number, e.g. 20").
     */
    public static <T> Setting<T> of(String name, T defaultValue, Parser<T> parser, String form, String doc) {
        return new Setting<>(name, defaultValue, parser, form, doc, value -> { }, callerSimpleName());
    }

    /** A setting only code sets ({@code SESSION_ENGINE}, {@code LIMITS}): its value is an object, not text. */
    public static <T> Setting<T> codeOnly(String name, T defaultValue, String doc) {
        return new Setting<>(name, defaultValue, null, null, doc, value -> { }, callerSimpleName());
    }

    /** A boolean: {@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off} in the environment. */
    public static Setting<Boolean> bool(String name, boolean defaultValue, String doc) {
        return new Setting<>(name, defaultValue, Setting::parseBool, BOOLEAN_FORM, doc, value -> { },
                callerSimpleName());
    }

    /** A whole number of at least {@code min}. */
    public static Setting<Integer> integer(String name, int defaultValue, int min, String doc) {
        return new Setting<>(name, defaultValue, text -> Integer.parseInt(text.trim()),
                "a whole number, e.g. " + name + "=" + defaultValue, doc,
                value -> atLeast(name, value, min), callerSimpleName());
    }

    /** A long of at least {@code min}. */
    public static Setting<Long> longInteger(String name, long defaultValue, long min, String doc) {
        return new Setting<>(name, defaultValue, text -> Long.parseLong(text.trim()),
                "a whole number, e.g. " + name + "=" + defaultValue, doc,
                value -> atLeast(name, value, min), callerSimpleName());
    }

    /** Text, as given; {@code defaultValue} may be null (no value). */
    public static Setting<String> text(String name, String defaultValue, String doc) {
        return new Setting<>(name, defaultValue, text -> text, "any text", doc, value -> { }, callerSimpleName());
    }

    /** A comma-separated list in the environment ({@code a.com,.b.org}), blanks trimmed, empty items dropped. */
    public static Setting<List<String>> list(String name, List<String> defaultValue, String doc) {
        return new Setting<>(name, List.copyOf(defaultValue), Setting::splitList,
                "a comma-separated list, e.g. " + name + "=a,b", doc, value -> { }, callerSimpleName());
    }

    /** A positive duration, a whole number of seconds in the environment (as Django's {@code SESSION_COOKIE_AGE}). */
    public static Setting<Duration> seconds(String name, Duration defaultValue, String doc) {
        return new Setting<>(name, defaultValue, text -> Duration.ofSeconds(Long.parseLong(text.trim())),
                "a whole number of seconds, e.g. " + name + "=" + defaultValue.toSeconds(), doc,
                value -> {
                    if (value == null || value.isNegative() || value.isZero()) {
                        throw new IllegalArgumentException(name + " must be a positive duration, e.g. Duration.ofSeconds("
                                + defaultValue.toSeconds() + "); got " + value);
                    }
                }, callerSimpleName());
    }

    /** This setting with {@code check} applied to every value, from code or from the environment. */
    public Setting<T> checkedBy(Check<T> check) {
        Check<T> before = this.check;
        return new Setting<>(name, defaultValue, parser, form, doc, value -> {
            before.check(value);
            check.check(value);
        }, declaredIn);
    }

    /** Django's name, e.g. {@code ALLOWED_HOSTS}. */
    public String name() {
        return name;
    }

    /** The environment variable that sets it (the name), or {@code null} for a setting only code sets. */
    public String environmentVariable() {
        return parser == null ? null : name;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** What the variable may hold, e.g. "true or false (or 1/0, yes/no, on/off)"; null for a code-only setting. */
    public String form() {
        return form;
    }

    /** One line saying what the setting does. */
    public String doc() {
        return doc;
    }

    /** Where it is declared, as code refers to it: {@code CsrfViewMiddleware.CSRF_TRUSTED_ORIGINS}. */
    public String constant() {
        return declaredIn + "." + name;
    }

    /** Checks {@code value} as {@code Project.Builder.set} does: an {@link IllegalArgumentException} says why not. */
    public T check(T value) {
        check.check(value);
        return value;
    }

    /**
     * The value of the environment variable's {@code text}, checked.
     *
     * @throws ImproperlyConfigured naming the variable, its value and the form it must have
     */
    public T parse(String text) {
        if (parser == null) {
            throw new IllegalStateException(name + " is set in code only");
        }
        T value;
        try {
            value = parser.parse(text);
        } catch (ImproperlyConfigured e) {
            throw e; // the parser's own message says what to write
        } catch (RuntimeException e) {
            throw new ImproperlyConfigured("The environment variable " + name + "=\"" + text + "\" is not valid: set it"
                    + " to " + form + ", or unset it for the default.");
        }
        try {
            return check(value);
        } catch (IllegalArgumentException e) {
            throw new ImproperlyConfigured("The environment variable " + name + "=\"" + text + "\" is not valid: "
                    + e.getMessage() + ". Set it to " + form + ", or unset it for the default.");
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** The form of a boolean variable. */
    public static final String BOOLEAN_FORM = "true or false (or 1/0, yes/no, on/off)";

    /** Reads a boolean as the environment gives it: {@code true/false, 1/0, yes/no, on/off}, any case. */
    public static boolean parseBool(String text) {
        String v = text.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return true;
        }
        if (FALSE.contains(v)) {
            return false;
        }
        throw new IllegalArgumentException("not a boolean: " + text);
    }

    /** Splits a comma-separated list: blanks trimmed, empty items dropped. */
    public static List<String> splitList(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be " + min + " or more, got " + value);
        }
    }

    // The class whose constant this is, so that an error can say what to write: CommonMiddleware.APPEND_SLASH.
    private static String callerSimpleName() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.dropWhile(f -> f.getDeclaringClass() == Setting.class).findFirst())
                .map(f -> f.getDeclaringClass().getSimpleName()).orElse("?");
    }

    // For the catalogue's near-miss check: how many edits (a letter added, dropped, changed, or two swapped) turn
    // a into b.
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Whether {@code key} (a project's own setting) looks like a mistyped {@code name}: same but for case or a typo. */
    public boolean nearMiss(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        if (upper.equals(name)) {
            return true;
        }
        int allowed = name.length() <= 5 ? 1 : 2;
        return distance(upper, name) <= allowed;
    }
}
