package dev.hotclub.views;

/** Django's {@code EmptyPage}: "That page number is less than 1", "That page contains no results". */
public class EmptyPage extends InvalidPage {
    public EmptyPage(String message) {
        super(message);
    }
}
