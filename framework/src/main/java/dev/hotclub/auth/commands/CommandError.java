package dev.hotclub.auth.commands;

/** Django's {@code CommandError}: the command stops, printing {@code CommandError: <message>}, exit status 1. */
public final class CommandError extends RuntimeException {
    public CommandError(String message) {
        super(message);
    }
}
