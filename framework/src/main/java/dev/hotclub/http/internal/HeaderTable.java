package dev.hotclub.http.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A response's headers: a handful of names, case-insensitive, in the order they were first set. A linear scan of
 * a few entries, where a name of another length is rejected at once, costs less than the case-insensitive
 * {@code TreeMap} it replaces, whose every put and get compared names character by character (a fifth of the time
 * of a request through the default middleware, benchmarks/README.md). Not thread-safe, as the response.
 */
public final class HeaderTable extends AbstractMap<String, String> {
    private String[] names = new String[8];
    private String[] values = new String[8];
    private int size;

    private int indexOf(Object name) {
        if (name instanceof String wanted) {
            for (int i = 0; i < size; i++) {
                if (names[i] == wanted || names[i].equalsIgnoreCase(wanted)) { // the same constant, most often
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public String get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    /** Replaces the value of a header set before (keeping the name as first written), else adds it. */
    @Override
    public String put(String name, String value) {
        int i = indexOf(name);
        if (i >= 0) {
            String old = values[i];
            values[i] = value;
            return old;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public String remove(Object name) {
        int i = indexOf(name);
        if (i < 0) {
            return null;
        }
        String old = values[i];
        System.arraycopy(names, i + 1, names, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        names[size] = null;
        values[size] = null;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
