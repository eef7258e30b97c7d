package dev.hotclub.devserver.scaffold;

/** Bad input to {@code startproject} or {@code startapp}; the message says what was wrong and what to do. */
public final class ScaffoldException extends Exception {
    public ScaffoldException(String message) {
        super(message);
    }
}
