package dev.hotclub.http;

/** Placeholder: the HTTP layer gives this its full form. */
public class Http404 extends RuntimeException {
    public Http404(String message) {
        super(message);
    }
}
