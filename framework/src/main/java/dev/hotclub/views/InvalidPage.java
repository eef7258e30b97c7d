package dev.hotclub.views;

/** A page number a {@link Paginator} cannot serve (Django's {@code InvalidPage}). */
public class InvalidPage extends RuntimeException {
    public InvalidPage(String message) {
        super(message);
    }
}
