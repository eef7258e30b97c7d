package dev.hotclub.views;

import java.util.AbstractList;
import java.util.List;

/**
 * One page of a {@link Paginator} (Django's {@code Page}), listable in a template:
 * {@code <#list page_obj as contact>...</#list>}, {@code page_obj.number}, {@code page_obj.has_next}...
 */
public final class Page<T> extends AbstractList<T> {
    private final List<T> objectList;
    private final int number;
    private final Paginator<T> paginator;

    Page(List<T> objectList, int number, Paginator<T> paginator) {
        this.objectList = List.copyOf(objectList);
        this.number = number;
        this.paginator = paginator;
    }

    @Override
    public T get(int index) {
        return objectList.get(index);
    }

    @Override
    public int size() {
        return objectList.size();
    }

    public List<T> objectList() {
        return objectList;
    }

    public int number() {
        return number;
    }

    public Paginator<T> paginator() {
        return paginator;
    }

    public boolean hasNext() {
        return number < paginator.numPages();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasOtherPages() {
        return hasPrevious() || hasNext();
    }

    /** The next page's number, or Django's {@link EmptyPage} on the last page. */
    public int nextPageNumber() {
        return paginator.validateNumber(number + 1);
    }

    public int previousPageNumber() {
        return paginator.validateNumber(number - 1);
    }

    /** The 1-based index of the page's first object among all (0 when there are none). */
    public int startIndex() {
        return paginator.count() == 0 ? 0 : paginator.perPage() * (number - 1) + 1;
    }

    /** The 1-based index of the page's last object among all. */
    public int endIndex() {
        return number == paginator.numPages() ? paginator.count() : number * paginator.perPage();
    }

    @Override
    public String toString() {
        return "<Page " + number + " of " + paginator.numPages() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
