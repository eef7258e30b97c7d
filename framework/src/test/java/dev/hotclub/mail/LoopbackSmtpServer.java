package dev.hotclub.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small real SMTP server on 127.0.0.1 for the tests: EHLO/HELO, STARTTLS or SMTPS when given a TLS context,
 * AUTH PLAIN and LOGIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT, one connection at a time. Bounded: lines of 2,000 characters, messages of 1 MB, 10 s of silence.
 * What it received is in {@link #received()}; {@link #rejecting(String)} makes it refuse a recipient with 550.
 */
final class LoopbackSmtpServer implements AutoCloseable {
    record Received(String mailFrom, List<String> rcptTo, String data, String login, boolean encrypted) {
    }

    private final ServerSocket socket;
    private final SSLContext startTls;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile String rejected = "";

    LoopbackSmtpServer() throws IOException {
        this(null, false);
    }

    /**
     * With {@code tls}: offering STARTTLS ({@code implicit} false), or speaking TLS from the first byte (SMTPS,
     * {@code implicit} true).
     */
    LoopbackSmtpServer(SSLContext tls, boolean implicit) throws IOException {
        socket = implicit
                ? tls.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress())
                : new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        startTls = implicit ? null : tls;
        thread = new Thread(this::serve, "loopback-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The commands clients sent, verbs only (EHLO, AUTH, MAIL, ...), to check the dialogue. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    LoopbackSmtpServer rejecting(String recipient) {
        this.rejected = recipient;
        return this;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                converse(client);
            } catch (IOException closedOrBroken) {
                // The next client, or the end.
            }
        }
    }

    private void converse(Socket client) throws IOException {
        boolean encrypted = client instanceof SSLSocket;
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 localhost loopback SMTP ready");
        String from = null;
        List<String> to = new ArrayList<>();
        String login = null;
        String line;
        while ((line = readLine(in)) != null) {
            String verb = line.split(" ", 2)[0].toUpperCase();
            String arg = line.length() > verb.length() ? line.substring(verb.length() + 1) : "";
            commands.add(verb);
            switch (verb) {
                case "EHLO" -> reply(out, "250-localhost\r\n" + (startTls != null && !encrypted ? "250-STARTTLS\r\n" : "")
                        + "250-AUTH PLAIN LOGIN\r\n250-8BITMIME\r\n250 SIZE 1048576");
                case "STARTTLS" -> {
                    reply(out, "220 2.0.0 Ready to start TLS");
                    SSLSocket tls = (SSLSocket) startTls.getSocketFactory().createSocket(client, "127.0.0.1", client.getPort(), false);
                    tls.setUseClientMode(false);
                    tls.startHandshake();
                    encrypted = true;
                    in = new BufferedReader(new InputStreamReader(tls.getInputStream(), StandardCharsets.UTF_8));
                    out = tls.getOutputStream();
                    from = null;
                    to.clear();
                    login = null;
                }
                case "HELO" -> reply(out, "250 localhost");
                case "AUTH" -> login = authenticate(arg, in, out);
                case "MAIL" -> {
                    from = address(arg);
                    to.clear();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    String recipient = address(arg);
                    if (recipient.equals(rejected)) {
                        reply(out, "550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
                    } else {
                        to.add(recipient);
                        reply(out, "250 OK");
                    }
                }
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    received.add(new Received(from, List.copyOf(to), readData(in), login, encrypted));
                    reply(out, "250 OK queued");
                }
                case "RSET" -> {
                    from = null;
                    to.clear();
                    reply(out, "250 OK");
                }
                case "NOOP" -> reply(out, "250 OK");
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                default -> reply(out, "502 Command not implemented");
            }
        }
    }

    private String authenticate(String arg, BufferedReader in, OutputStream out) throws IOException {
        String[] parts = arg.split(" ", 2);
        String login;
        if (parts[0].equalsIgnoreCase("PLAIN")) {
            String blob = parts.length > 1 ? parts[1] : null;
            if (blob == null) {
                reply(out, "334 ");
                blob = readLine(in);
            }
            String[] fields = new String(Base64.getDecoder().decode(blob), StandardCharsets.UTF_8).split("\0", -1);
            login = fields[1] + ":" + fields[2];
        } else {
            String user = parts.length > 1 ? parts[1] : null;
            if (user == null) {
                reply(out, "334 VXNlcm5hbWU6");
                user = readLine(in);
            }
            reply(out, "334 UGFzc3dvcmQ6");
            String password = readLine(in);
            login = decode(user) + ":" + decode(password);
        }
        reply(out, "235 2.7.0 Authentication successful");
        return login;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static String address(String arg) {
        int open = arg.indexOf('<');
        int close = arg.indexOf('>');
        return open >= 0 && close > open ? arg.substring(open + 1, close) : arg;
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = readLine(in)) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\n");
            if (data.length() > 1 << 20) {
                throw new IOException("message over 1 MB");
            }
        }
        return data.toString();
    }

    private static String readLine(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line != null && line.length() > 2_000) {
            throw new IOException("line over 2,000 characters");
        }
        return line;
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
