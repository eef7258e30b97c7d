package dev.hotclub.http;

/**
 * A typed key for a value middleware hands to views through the request (what Django code does with
 * {@code request.user = ...}). Keys compare by identity: keep one in a constant.
 *
 * <pre>{@code
 * public static final RequestAttribute<User> USER = RequestAttribute.of("user", User.class);
 *
 * Middleware auth = (request, next) -> {
 *     request.setAttribute(USER, users.find(request.cookie("token")));
 *     return next.proceed(request);
 * };
 * static HttpResponse profile(HttpRequest request) {
 *     User user = request.attribute(USER);
 *     ...
 * }
 * }</pre>
 */
public final class RequestAttribute<T> {
    private final String name;
    private final Class<T> type;

    private RequestAttribute(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    /** A new key; {@code name} is for error messages and debugging. */
    public static <T> RequestAttribute<T> of(String name, Class<T> type) {
        if (name == null || type == null) {
            throw new IllegalArgumentException("A request attribute needs a name and a type, e.g."
                    + " RequestAttribute.of(\"user\", User.class)");
        }
        return new RequestAttribute<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return "RequestAttribute[" + name + ": " + type.getSimpleName() + "]";
    }
}
