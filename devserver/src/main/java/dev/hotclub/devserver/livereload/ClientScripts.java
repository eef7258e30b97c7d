package dev.hotclub.devserver.livereload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser's side of live reload, kept as JavaScript files beside this class: {@code page.js}, inlined in
 * every page (an inline script costs no request, so the request log shows the project's requests only), and
 * {@code worker.js}, the SharedWorker that holds the one connection of the browser.
 */
record ClientScripts(String page, String worker) {

    static ClientScripts load() {
        return new ClientScripts(read("page.js"), read("worker.js"));
    }

    private static String read(String name) {
        try (InputStream in = ClientScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The dev server's " + name + " is missing from its jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
