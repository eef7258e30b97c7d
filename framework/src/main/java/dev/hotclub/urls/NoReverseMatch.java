package dev.hotclub.urls;

/** {@code reverse()} found no pattern for the name and values; the message says what was asked and tried. */
public class NoReverseMatch extends RuntimeException {
    public NoReverseMatch(String message) {
        super(message);
    }
}
