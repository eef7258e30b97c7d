package dev.hotclub.urls;

import java.util.List;

/**
 * A problem in a URLconf that does not stop it from working, found when the {@link Resolver} is built.
 * The dev server prints these at start.
 *
 * <ul>
 *   <li>{@value #INCLUDE_WITH_DOLLAR}, {@value #LEADING_SLASH}, {@value #COLON_IN_NAME},
 *       {@value #UNMATCHED_BRACKET}: Django's own checks, same IDs and wording: a rePath include ending in
 *       {@code $}, a route starting with {@code /}, a name containing {@code :}, a {@code <} or {@code >} without
 *       its other half in a route ({@code <int:id/}, which matches only that text; Django 4.1's check)</li>
 *   <li>{@value #SHADOWED_ROUTE}: a route can never match, or never match some paths, because an
 *       earlier route matches them first (e.g. {@code <str:name>/} before {@code search/})</li>
 *   <li>{@value #DUPLICATE_NAME}: two patterns share a name in one namespace; {@code reverse()} tries
 *       the one declared last first</li>
 * </ul>
 *
 * Every message names where the patterns were written: their app (or the root URLconf) and the file
 * and line of their {@code path(...)} ({@link DeclarationSite}).
 *
 * @param id      a stable identifier, e.g. {@code urls.W101}
 * @param message what is wrong, naming the routes and where they were written, and what to do
 * @param routes  the joined routes concerned, the earlier one first
 */
public record UrlWarning(String id, String message, List<String> routes) {

    public static final String INCLUDE_WITH_DOLLAR = "urls.W001";
    public static final String LEADING_SLASH = "urls.W002";
    public static final String COLON_IN_NAME = "urls.W003";
    public static final String UNMATCHED_BRACKET = "urls.W010";
    public static final String SHADOWED_ROUTE = "urls.W101";
    public static final String DUPLICATE_NAME = "urls.W102";

    public UrlWarning {
        routes = List.copyOf(routes);
    }

    @Override
    public String toString() {
        return "?: (" + id + ") " + message;
    }
}
