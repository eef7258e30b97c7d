package dev.hotclub.views;

/** Django's {@code PageNotAnInteger}: "That page number is not an integer". */
public class PageNotAnInteger extends InvalidPage {
    public PageNotAnInteger(String message) {
        super(message);
    }
}
