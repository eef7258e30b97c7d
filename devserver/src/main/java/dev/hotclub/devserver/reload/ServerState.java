package dev.hotclub.devserver.reload;

/** What the dev server serves right now: a generation, or the error page of sources that do not build. */
sealed interface ServerState {

    StaticFiles statics();

    record Serving(Generation generation, StaticFiles statics) implements ServerState {
    }

    /** The sources do not build: every page is the error page, static files are still served. */
    record Broken(ReloadFailure failure, StaticFiles statics) implements ServerState {
    }
}
