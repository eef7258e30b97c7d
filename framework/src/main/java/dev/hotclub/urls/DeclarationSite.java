package dev.hotclub.urls;

import java.util.Set;

/**
 * Where a {@code path(...)}, {@code rePath(...)} or {@code include(...)} was written: the first frame
 * of the call stack outside the URL DSL when it was called. Errors and warnings name it
 * ({@code GreetingsApp.java:21}); the dev server and debug pages may show it too.
 *
 * @param className the class whose code made the call, e.g. {@code greetings.GreetingsApp}
 * @param fileName  its source file, e.g. {@code GreetingsApp.java}, or {@code null} when compiled without it
 * @param line      the line number, or a negative number when unknown
 */
public record DeclarationSite(String className, String fileName, int line) {

    /**
     * The DSL's own classes, skipped when looking for the caller. Exact names rather than the
     * {@code dev.hotclub.urls} package: code in that package (its tests, say) is a caller like any other.
     */
    private static final Set<String> DSL = Set.of(Urls.class.getName(), DeclarationSite.class.getName());

    /**
     * Without class references (names and line numbers are all a message needs), and a first batch
     * just deep enough for {@code path -> endpoint -> ofCaller} plus the caller: about 2 µs a pattern
     * (benchmarks/README.md).
     */
    private static final StackWalker WALKER = StackWalker.getInstance(Set.of(), 6);

    /** The first caller outside the DSL, or {@code null} when there is none (never in practice). */
    static DeclarationSite ofCaller() {
        return WALKER.walk(frames -> frames
                .dropWhile(frame -> DSL.contains(frame.getClassName()))
                .findFirst()
                .map(frame -> new DeclarationSite(frame.getClassName(), frame.getFileName(), frame.getLineNumber()))
                .orElse(null));
    }

    /** {@code GreetingsApp.java:21}, as compilers and stack traces name a line. */
    @Override
    public String toString() {
        String file = fileName != null ? fileName : className.substring(className.lastIndexOf('.') + 1);
        return line >= 0 ? file + ":" + line : file;
    }
}
