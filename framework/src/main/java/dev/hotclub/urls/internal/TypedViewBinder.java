package dev.hotclub.urls.internal;

import dev.hotclub.conf.ImproperlyConfigured;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds a {@link dev.hotclub.http.TypedView} to the values its route captures, when the resolver is built: by
 * name when the class file has its parameter names ({@code -parameters}; {@code question_id} is taken by
 * {@code questionId} or {@code question_id}), else by position. Every mismatch (a parameter no value has, a value
 * no parameter takes, a count or a type that differs) is an {@link ImproperlyConfigured} naming the route, where it
 * was declared, and the view method with its file and line.
 */
final class TypedViewBinder {

    private final ViewMethod method;
    private final String route;
    private final String where;

    private TypedViewBinder(ViewMethod method, String route, String where) {
        this.method = method;
        this.route = route;
        this.where = where;
    }

    /**
     * @param captured the values the route and the includes around it capture, outermost first
     * @param extra    the extra kwargs the view is given
     * @param route    the joined route, e.g. {@code polls/<int:question_id>/}
     * @param where    {@code in app 'polls', PollsApp.java:12}
     */
    static BoundTypedView bind(UnboundTypedView view, List<CapturedValue> captured, Map<String, Object> extra,
                               String route, String where) {
        ViewMethod method = ViewMethod.of(view.typed(), where);
        return new TypedViewBinder(method, route, where).bind(view, captured, extra);
    }

    private BoundTypedView bind(UnboundTypedView view, List<CapturedValue> captured, Map<String, Object> extra) {
        boolean byName = method.names() != null && captured.stream().allMatch(value -> value.name() != null);
        List<CapturedValue> taken = byName ? byName(captured, extra) : byPosition(captured);
        int n = taken.size();
        String[] names = new String[n];
        int[] positions = new int[n];
        Class<?>[] types = method.types().toArray(Class<?>[]::new);
        for (int i = 0; i < n; i++) {
            CapturedValue value = taken.get(i);
            String wanted = value.typesTaking(types[i]);
            if (wanted != null) {
                throw new ImproperlyConfigured(theView() + " takes " + value.label() + " as " + article(types[i]
                        .getSimpleName()) + ", but the route '" + route + "' " + value.source() + ", which gives "
                        + value.gives() + " (" + where + "). Declare the parameter as " + wanted + ".");
            }
            names[i] = value.name();
            positions[i] = value.position();
        }
        return new BoundTypedView(view.typed(), method.description(), names, positions, types);
    }

    private List<CapturedValue> byName(List<CapturedValue> captured, Map<String, Object> extra) {
        List<CapturedValue> taken = new ArrayList<>();
        for (String parameter : method.names()) {
            CapturedValue value = captured.stream().filter(v -> takes(parameter, v.name())).findFirst()
                    .orElseGet(() -> extra.keySet().stream().filter(key -> takes(parameter, key)).findFirst()
                            .map(key -> new CapturedValue(key, -1, "passes it in its extra kwargs", null,
                                    extra.get(key)))
                            .orElse(null));
            if (value == null) {
                throw new ImproperlyConfigured(theView() + " takes a parameter '" + parameter + "', but the route '"
                        + route + "' captures no value of that name: it captures " + list(captured) + " (" + where
                        + "). " + (captured.isEmpty() ? "Remove the parameter."
                        : "Name the parameter after a captured value (" + captured.get(0).name() + " as "
                        + camelCase(captured.get(0).name()) + " or " + captured.get(0).name() + "), or remove it."));
            }
            taken.add(value);
        }
        for (CapturedValue value : captured) {
            if (!taken.contains(value)) {
                throw new ImproperlyConfigured(theView() + " has no parameter for the value '" + value.name()
                        + "' that the route '" + route + "' captures (" + where + "). Add a parameter "
                        + camelCase(value.name()) + " for it.");
            }
        }
        return taken;
    }

    private List<CapturedValue> byPosition(List<CapturedValue> captured) {
        int n = method.types().size();
        if (n != captured.size()) {
            throw new ImproperlyConfigured(theView() + " takes " + n + (n == 1 ? " value" : " values")
                    + " after the request, but the route '" + route + "' captures " + captured.size()
                    + (captured.isEmpty() ? "" : ": " + list(captured)) + " (" + where + "). "
                    + (method.names() == null ? "Its parameter names are not in its class file (compile with"
                    + " -parameters to match them by name), so they are matched in the route's order. " : "")
                    + "Give it one parameter for each captured value, in the route's order.");
        }
        return captured;
    }

    private String theView() {
        return "The view " + method.description() + " at " + method.site();
    }

    /** {@code question_id} is taken by a parameter {@code question_id} or {@code questionId}. */
    private static boolean takes(String parameter, String valueName) {
        return valueName != null && (parameter.equals(valueName) || parameter.equals(camelCase(valueName)));
    }

    static String camelCase(String snake) {
        StringBuilder camel = new StringBuilder(snake.length());
        boolean upper = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_' && camel.length() > 0) {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static String list(List<CapturedValue> captured) {
        return captured.isEmpty() ? "none" : captured.stream().map(CapturedValue::label)
                .collect(Collectors.joining(", "));
    }

    private static String article(String type) {
        return (type.matches("[AEIOaeio].*") ? "an " : "a ") + type;
    }
}
