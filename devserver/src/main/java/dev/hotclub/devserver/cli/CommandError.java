package dev.hotclub.devserver.cli;

/** A command's user error: printed as {@code CommandError: message}, exit status 1 (Django's habit). */
public final class CommandError extends Exception {
    public CommandError(String message) {
        super(message);
    }
}
