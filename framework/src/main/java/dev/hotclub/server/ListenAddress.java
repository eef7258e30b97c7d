package dev.hotclub.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code [ADDR:]PORT} as Django's runserver parses it: {@code 8000}, {@code 0.0.0.0:8000}, {@code [::1]:8000},
 * {@code localhost:8000}. The one parser of the dev server's {@code runserver} and the production launcher.
 */
public record ListenAddress(String host, int port) {

    /** Where a server listens when given no address: {@code 127.0.0.1:8000}, as runserver. */
    public static final ListenAddress DEFAULT = new ListenAddress("127.0.0.1", 8000);

    private static final Pattern ADDRESS = Pattern.compile(
        "^(?:(?<addr>(?<ipv4>\\d{1,3}(?:\\.\\d{1,3}){3})|\\[(?<ipv6>[a-fA-F0-9:]+)]|(?<fqdn>[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)):)?(?<port>\\d+)$");

    /**
     * Parses {@code text}; a port alone listens on {@code 127.0.0.1}.
     *
     * @throws IllegalArgumentException with Django's message when {@code text} is neither a port nor ADDR:PORT
     */
    public static ListenAddress parse(String text) {
        Matcher m = ADDRESS.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a valid port number or address:port pair.");
        }
        int port;
        try {
            port = Integer.parseInt(m.group("port"));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("\"" + m.group("port") + "\" is not a valid port number.");
        }
        String host = m.group("ipv6") != null ? m.group("ipv6") : m.group("addr");
        return new ListenAddress(host == null ? DEFAULT.host : host, port);
    }

    /** How a banner shows the address: {@code http://127.0.0.1:8000/}, {@code http://[::1]:8000/}. */
    public String url(int actualPort) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + actualPort + "/";
    }
}
