package dev.hotclub.testing;

import dev.hotclub.project.Project;
import dev.hotclub.test.Client;

/**
 * A test client for the framework's own tests of its pages: the project served with the DEBUG it sets, and a 500
 * given as its page (not raised in the test), as a browser would see it.
 */
public final class AsServed {
    private AsServed() {
    }

    public static Client client(Project project) {
        return Client.debugMode(project).raiseRequestException(false);
    }
}
