package dev.hotclub.views;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Django's {@code Paginator}: splits objects into pages of {@code perPage}, the last page taking up to
 * {@code orphans} more rather than leaving them alone on a page of their own.
 *
 * <pre>{@code
 * Paginator<Contact> paginator = new Paginator<>(ObjectSource.of(contacts), 25);
 * Page<Contact> page = paginator.getPage(request.GET().get("page"));   // tolerant: a bad number gives a page
 * }</pre>
 *
 * {@link #page} is strict and throws {@link PageNotAnInteger} or {@link EmptyPage} with Django's messages.
 */
public final class Paginator<T> {
    private final ObjectSource<T> objects;
    private final int perPage;
    private final int orphans;
    private final boolean allowEmptyFirstPage;
    private Integer count;

    public Paginator(ObjectSource<T> objects, int perPage) {
        this(objects, perPage, 0, true);
    }

    public Paginator(List<? extends T> objects, int perPage) {
        this(ObjectSource.of(objects), perPage, 0, true);
    }

    public Paginator(ObjectSource<T> objects, int perPage, int orphans, boolean allowEmptyFirstPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, not " + perPage);
        }
        this.objects = objects;
        this.perPage = perPage;
        this.orphans = orphans;
        this.allowEmptyFirstPage = allowEmptyFirstPage;
    }

    /** Django's {@code validate_number}: the page number as an int, or Django's error. */
    public int validateNumber(Object number) {
        int n;
        if (number instanceof Integer i) {
            n = i;
        } else if (number instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())) {
            n = num.intValue();
        } else {
            try {
                n = Integer.parseInt(String.valueOf(number).strip());
            } catch (NumberFormatException e) {
                throw new PageNotAnInteger("That page number is not an integer");
            }
        }
        if (n < 1) {
            throw new EmptyPage("That page number is less than 1");
        }
        if (n > numPages() && !(n == 1 && allowEmptyFirstPage)) {
            throw new EmptyPage("That page contains no results");
        }
        return n;
    }

    /** Django's {@code get_page}: the page, the first one for a number that is not one, the last for one too big. */
    public Page<T> getPage(Object number) {
        int n;
        try {
            n = validateNumber(number);
        } catch (PageNotAnInteger e) {
            n = 1;
        } catch (EmptyPage e) {
            n = numPages();
        }
        return page(n);
    }

    /** The page {@code number}, or Django's {@link InvalidPage} errors. */
    public Page<T> page(Object number) {
        int n = validateNumber(number);
        int bottom = (n - 1) * perPage;
        int top = bottom + perPage;
        if (top + orphans >= count()) {
            top = count();
        }
        return new Page<>(objects.slice(Math.min(bottom, count()), top), n, this);
    }

    /** How many objects in all (asked of the source once). */
    public int count() {
        if (count == null) {
            count = objects.count();
        }
        return count;
    }

    public int numPages() {
        if (count() == 0 && !allowEmptyFirstPage) {
            return 0;
        }
        int hits = Math.max(1, count() - orphans);
        return (hits + perPage - 1) / perPage;
    }

    /** 1 to {@link #numPages()}. */
    public List<Integer> pageRange() {
        return IntStream.rangeClosed(1, numPages()).boxed().toList();
    }

    public int perPage() {
        return perPage;
    }

    public int orphans() {
        return orphans;
    }
}
