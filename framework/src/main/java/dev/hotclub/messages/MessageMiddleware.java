package dev.hotclub.messages;

import dev.hotclub.http.Cookie;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.Middleware;
import dev.hotclub.sessions.Session;
import dev.hotclub.signing.BadSignature;
import dev.hotclub.signing.Signing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code MessageMiddleware}: loads the messages left for this visitor and keeps the ones not yet shown
 * for the next response. With {@code SessionMiddleware} before it they are kept in the session (under
 * {@code _messages}, as Django's SessionStorage); without it, in a cookie named {@code messages} signed with the
 * project's secret key (Django's CookieStorage). A tampered cookie is ignored.
 */
public final class MessageMiddleware implements Middleware {
    /** Django's session key and cookie name. */
    public static final String SESSION_KEY = "_messages";
    public static final String COOKIE_NAME = "messages";
    private static final String SALT = "django.contrib.messages";

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        Session session = request.attribute(Session.ATTRIBUTE);
        String secretKey = session != null ? null : request.settings().secretKey();
        List<Message> stored = session != null ? fromJson(session.get(SESSION_KEY)) : fromCookie(request, secretKey);
        MessageStorage storage = new MessageStorage(stored, Messages.INFO);
        request.setAttribute(Messages.STORAGE, storage);
        HttpResponse response = next.proceed(request);
        if (storage.changed()) {
            List<Message> keep = storage.toKeep();
            if (session != null) {
                if (keep.isEmpty()) {
                    session.remove(SESSION_KEY);
                } else {
                    session.put(SESSION_KEY, toJson(keep));
                }
            } else if (keep.isEmpty()) {
                if (request.cookie(COOKIE_NAME) != null) {
                    response.deleteCookie(COOKIE_NAME);
                }
            } else {
                response.setCookie(Cookie.of(COOKIE_NAME, Signing.dumps(toJson(keep), secretKey, SALT, true))
                        .withHttpOnly(true).withSameSite("Lax"));
            }
        }
        return response;
    }

    private static List<Message> fromCookie(HttpRequest request, String secretKey) {
        String value = request.cookie(COOKIE_NAME);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        try {
            return fromJson(Signing.loads(value, secretKey, SALT, null));
        } catch (BadSignature e) {
            return List.of();
        }
    }

    private static List<List<Object>> toJson(List<Message> messages) {
        List<List<Object>> out = new ArrayList<>();
        for (Message m : messages) {
            out.add(List.of(m.level(), m.message(), m.extraTags()));
        }
        return out;
    }

    private static List<Message> fromJson(Object json) {
        List<Message> out = new ArrayList<>();
        if (json instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof List<?> m && m.size() == 3 && m.get(0) instanceof Number level) {
                    out.add(new Message(level.intValue(), String.valueOf(m.get(1)), String.valueOf(m.get(2))));
                }
            }
        }
        return out;
    }

    /** The template values Django's {@code messages} context processor gives: {@code messages}, the levels. */
    public static Map<String, Object> templateValues(HttpRequest request) {
        if (!Messages.enabled(request)) {
            return Map.of();
        }
        return Map.of("messages", new LazyMessages(request), "DEFAULT_MESSAGE_LEVELS", Map.of("DEBUG", Messages.DEBUG,
                "INFO", Messages.INFO, "SUCCESS", Messages.SUCCESS, "WARNING", Messages.WARNING, "ERROR", Messages.ERROR));
    }

    @Override
    public String toString() {
        return "MessageMiddleware";
    }

    /** The messages as a template lists them: read (and so marked shown) only if the template lists them. */
    private static final class LazyMessages extends java.util.AbstractList<Message> {
        private final HttpRequest request;
        private List<Message> read;

        LazyMessages(HttpRequest request) {
            this.request = request;
        }

        private List<Message> messages() {
            if (read == null) {
                read = Messages.get(request);
            }
            return read;
        }

        @Override
        public Message get(int index) {
            return messages().get(index);
        }

        @Override
        public int size() {
            return messages().size();
        }
    }
}
