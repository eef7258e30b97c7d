package dev.hotclub.templates.internal;

import java.io.Writer;

/**
 * The writer a page is rendered into: a {@link StringBuilder} without {@link java.io.StringWriter}'s lock on every
 * write, and sized for a page from the start (a {@code StringWriter} starts at 16 characters and copies itself a
 * few times on the way to a page's size). Used by one thread.
 */
public final class PageWriter extends Writer {
    private final StringBuilder text;

    public PageWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
