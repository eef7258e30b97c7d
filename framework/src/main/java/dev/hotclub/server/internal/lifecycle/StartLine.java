package dev.hotclub.server.internal.lifecycle;

import dev.hotclub.utils.HotclubVersion;
import dev.hotclub.project.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The line a production server logs once it listens: "Hotclub 0.1.0 serving mysite at http://0.0.0.0:8000/
 * (DEBUG off)", at INFO on the SLF4J logger {@value #LOGGER}. Printed only after the port is bound, so a script
 * may wait for it; docs/DEPLOY.md, "Readiness".
 */
public final class StartLine {
    public static final String LOGGER = "dev.hotclub.server";

    private StartLine() {
    }

    /** Logs the line for {@code project}, served on {@code host:port}. */
    public static void log(Project project, String host, int port) {
        Logger log = LoggerFactory.getLogger(LOGGER);
        log.info(text(project, host, port));
    }

    static String text(Project project, String host, int port) {
        return "Hotclub " + HotclubVersion.get() + " serving " + project.name() + " at " + url(host, port)
                + " (DEBUG " + (project.debug() ? "on" : "off") + ")";
    }

    /** The address as a URL: an IPv6 literal in brackets. */
    static String url(String host, int port) {
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + bracketed + ":" + port + "/";
    }

    /** The framework's version, from its build. */
    public static String version() {
        return HotclubVersion.get();
    }

}
