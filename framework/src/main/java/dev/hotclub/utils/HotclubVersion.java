package dev.hotclub.utils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The framework's version, from its build (a filtered version.properties beside this class). */
public final class HotclubVersion {
    private static final String VERSION = load();

    private HotclubVersion() {
    }

    /** The version the framework was built as, e.g. {@code 0.1.0-SNAPSHOT}; "unknown" outside a build. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = HotclubVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
