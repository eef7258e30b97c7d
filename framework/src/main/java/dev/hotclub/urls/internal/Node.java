package dev.hotclub.urls.internal;

import dev.hotclub.http.View;

import java.util.List;
import java.util.Map;

/** The compiled URLconf tree: what the resolvers walk and the reverse index reads. */
public sealed interface Node {

    CompiledPattern pattern();

    /** Where the pattern was written, for messages: {@code in app 'blog', BlogApp.java:12}. */
    String where();

    /** A pattern leading to a view. */
    record Endpoint(CompiledPattern pattern, View view, String name, Map<String, Object> defaults, String where)
            implements Node {
    }

    /**
     * A pattern mounting a URLconf.
     *
     * @param appName   the included URLconf's app name, or null
     * @param namespace the instance namespace (the app name unless one was given), or null
     */
    record Mount(CompiledPattern pattern, String appName, String namespace, Map<String, Object> defaults,
                 List<Node> children, String where) implements Node {
    }
}
