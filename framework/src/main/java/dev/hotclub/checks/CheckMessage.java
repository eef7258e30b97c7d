package dev.hotclub.checks;

/**
 * One finding of a system check, as Django's {@code CheckMessage}: its level, its stable id
 * ({@code security.W004}) and what it says. {@link #toString()} is the line Django prints:
 * {@code ?: (security.W004) You have not set ...}.
 */
public record CheckMessage(Level level, String id, String message) {
    /** Django's levels that Hotclub's checks use, in order of seriousness. */
    public enum Level { WARNING, ERROR }

    public static CheckMessage warning(String id, String message) {
        return new CheckMessage(Level.WARNING, id, message);
    }

    public static CheckMessage error(String id, String message) {
        return new CheckMessage(Level.ERROR, id, message);
    }

    @Override
    public String toString() {
        return "?: (" + id + ") " + message;
    }
}
