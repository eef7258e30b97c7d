package dev.hotclub.messages;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.RequestAttribute;
import java.util.List;

/**
 * Django's messages framework ({@code django.contrib.messages}): a note for the visitor, shown once, on the next
 * page they see, typically after a redirect.
 *
 * <pre>{@code
 * Messages.success(request, "Profile saved.");
 * return redirect("profile");
 * // in the next page's template:
 * <#list messages as m><li class="${m.tags}">${m}</li></#list>
 * }</pre>
 *
 * Needs {@link MessageMiddleware} in the project's middleware (after {@code SessionMiddleware} to keep them in
 * the session; without it they travel in a signed cookie). Messages below the minimum level (INFO by default,
 * as Django) are dropped.
 */
public final class Messages {
    public static final int DEBUG = 10;
    public static final int INFO = 20;
    public static final int SUCCESS = 25;
    public static final int WARNING = 30;
    public static final int ERROR = 40;

    static final RequestAttribute<MessageStorage> STORAGE = RequestAttribute.of("messages", MessageStorage.class);

    private Messages() {
    }

    /** Adds a message at {@code level}; false when it is below the minimum level and was dropped. */
    public static boolean add(HttpRequest request, int level, String message) {
        return add(request, level, message, "");
    }

    /** Adds a message with extra tags (CSS classes for the template). */
    public static boolean add(HttpRequest request, int level, String message, String extraTags) {
        return storage(request).add(level, message, extraTags);
    }

    public static boolean debug(HttpRequest request, String message) {
        return add(request, DEBUG, message);
    }

    public static boolean info(HttpRequest request, String message) {
        return add(request, INFO, message);
    }

    public static boolean success(HttpRequest request, String message) {
        return add(request, SUCCESS, message);
    }

    public static boolean warning(HttpRequest request, String message) {
        return add(request, WARNING, message);
    }

    public static boolean error(HttpRequest request, String message) {
        return add(request, ERROR, message);
    }

    /**
     * The messages to show (those from the previous request and any added in this one); reading them marks them
     * shown, so the next page will not have them again.
     */
    public static List<Message> get(HttpRequest request) {
        return storage(request).read();
    }

    /** The minimum level recorded for the rest of this request and the next ones (Django's {@code set_level}). */
    public static void setLevel(HttpRequest request, int level) {
        storage(request).setLevel(level);
    }

    public static int getLevel(HttpRequest request) {
        return storage(request).level();
    }

    /** Whether the request went through {@link MessageMiddleware}. */
    public static boolean enabled(HttpRequest request) {
        return request.attribute(STORAGE) != null;
    }

    private static MessageStorage storage(HttpRequest request) {
        MessageStorage storage = request.attribute(STORAGE);
        if (storage == null) {
            throw new IllegalStateException("Messages need MessageMiddleware: add new MessageMiddleware()"
                    + " (dev.hotclub.messages) to the project's middleware, after SessionMiddleware");
        }
        return storage;
    }

    static String tagFor(int level) {
        return switch (level) {
            case DEBUG -> "debug";
            case INFO -> "info";
            case SUCCESS -> "success";
            case WARNING -> "warning";
            case ERROR -> "error";
            default -> "";
        };
    }
}
