package dev.hotclub.http;

import java.io.Serializable;

/**
 * A view that takes the values its route captures as parameters, after the request:
 *
 * <pre>{@code
 * path("<int:question_id>/", Views::detail, "detail")
 *
 * static HttpResponse detail(HttpRequest request, int questionId) { ... }
 * }</pre>
 *
 * Parameters are matched to the captured values by name when the class was compiled with {@code -parameters}
 * ({@code question_id} is {@code questionId} or {@code question_id}), else by position in the route. Their count
 * and types are checked when the URLconf is built: a mismatch is an {@code ImproperlyConfigured} naming the route
 * and the view's file and line. An {@code int} value may be taken as {@code int}, {@code long}, {@code Integer},
 * {@code Long} or {@code BigInteger} (a number too large for the type is a 404, as {@link HttpRequest#intArg});
 * {@code str}, {@code slug}, {@code path} and rePath groups as {@code String}; {@code uuid} as
 * {@code java.util.UUID}; a custom converter's value as its type. You never name these interfaces: a method
 * reference or lambda of the right shape is one. They are {@link Serializable} only so that the framework can see
 * which method a method reference names (its parameter names and types); nothing is ever serialized.
 */
public interface TypedView extends Serializable {

    /** How many captured values the view takes after the request. */
    int arity();

    /** A view taking one captured value. */
    @FunctionalInterface
    interface Of1<A> extends TypedView {
        HttpResponse handle(HttpRequest request, A a) throws Exception;

        @Override
        default int arity() {
            return 1;
        }
    }

    /** A view taking two captured values. */
    @FunctionalInterface
    interface Of2<A, B> extends TypedView {
        HttpResponse handle(HttpRequest request, A a, B b) throws Exception;

        @Override
        default int arity() {
            return 2;
        }
    }

    /** A view taking three captured values. */
    @FunctionalInterface
    interface Of3<A, B, C> extends TypedView {
        HttpResponse handle(HttpRequest request, A a, B b, C c) throws Exception;

        @Override
        default int arity() {
            return 3;
        }
    }

    /** A view taking four captured values. */
    @FunctionalInterface
    interface Of4<A, B, C, D> extends TypedView {
        HttpResponse handle(HttpRequest request, A a, B b, C c, D d) throws Exception;

        @Override
        default int arity() {
            return 4;
        }
    }
}
