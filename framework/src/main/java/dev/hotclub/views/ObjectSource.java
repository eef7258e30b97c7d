package dev.hotclub.views;

import java.util.List;
import java.util.function.Supplier;

/**
 * The objects a list view pages through: how many there are and a slice of them. A list is one; a query will
 * be another (it counts with {@code COUNT(*)} and slices with {@code LIMIT}/{@code OFFSET}), so a page never
 * loads more rows than it shows.
 */
public interface ObjectSource<T> {
    int count();

    /** The objects from {@code from} (inclusive) to {@code to} (exclusive), as {@code List.subList}. */
    List<T> slice(int from, int to);

    /** Every object. */
    default List<T> all() {
        return slice(0, count());
    }

    /** A source over a fixed list. */
    static <T> ObjectSource<T> of(List<? extends T> list) {
        List<T> copy = List.copyOf(list);
        return new ObjectSource<>() {
            @Override
            public int count() {
                return copy.size();
            }

            @Override
            public List<T> slice(int from, int to) {
                return copy.subList(from, to);
            }

            @Override
            public List<T> all() {
                return copy;
            }
        };
    }

    /** A source read anew on each request (the list views ask {@code list} once per request). */
    static <T> Supplier<ObjectSource<T>> reading(Supplier<? extends List<? extends T>> list) {
        return () -> of(list.get());
    }
}
