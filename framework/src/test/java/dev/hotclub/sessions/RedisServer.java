package dev.hotclub.sessions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A throwaway redis-server (Debian's) on 127.0.0.1 and a free port, once per JVM, stopped when the JVM ends. */
public final class RedisServer {
    private static RedisServer shared;

    private final int port;

    private RedisServer(int port) {
        this.port = port;
    }

    public static synchronized RedisServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    private static RedisServer start() {
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path dir = Files.createTempDirectory("hotclub-redis");
            Process process = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (true) {
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return new RedisServer(port);
                } catch (IOException notYet) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("redis-server did not start: " + Files.readString(dir.resolve("redis.log")));
                    }
                    Thread.sleep(50);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start redis-server (apt-get install redis-server)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
