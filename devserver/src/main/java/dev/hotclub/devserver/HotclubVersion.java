package dev.hotclub.devserver;

import dev.hotclub.server.HotclubServer;

/**
 * The Hotclub version this dev server was built as: the framework's, built in the same reactor, which is also the
 * version a generated project's pom depends on.
 */
public final class HotclubVersion {

    private HotclubVersion() {
    }

    public static String get() {
        return HotclubServer.version();
    }
}
