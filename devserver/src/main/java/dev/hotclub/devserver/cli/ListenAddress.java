package dev.hotclub.devserver.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** runserver's {@code [ADDR:]PORT}, parsed the way Django's runserver parses it. */
public record ListenAddress(String host, int port) {

    public static final ListenAddress DEFAULT = new ListenAddress("127.0.0.1", 8000);

    private static final Pattern ADDRESS = Pattern.compile(
        "^(?:(?<addr>(?<ipv4>\\d{1,3}(?:\\.\\d{1,3}){3})|\\[(?<ipv6>[a-fA-F0-9:]+)]|(?<fqdn>[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)):)?(?<port>\\d+)$");

    /** Parses {@code 8000}, {@code 0.0.0.0:8000}, {@code [::1]:8000}, {@code localhost:8000}. */
    public static ListenAddress parse(String text) throws CommandError {
        Matcher m = ADDRESS.matcher(text);
        if (!m.matches()) {
            throw new CommandError("\"" + text + "\" is not a valid port number or address:port pair.");
        }
        int port;
        try {
            port = Integer.parseInt(m.group("port"));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new CommandError("\"" + m.group("port") + "\" is not a valid port number.");
        }
        String host = m.group("ipv6") != null ? m.group("ipv6") : m.group("addr");
        return new ListenAddress(host == null ? DEFAULT.host : host, port);
    }

    /** How the banner shows the address: {@code http://127.0.0.1:8000/}, {@code http://[::1]:8000/}. */
    public String url(int actualPort) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + actualPort + "/";
    }
}
