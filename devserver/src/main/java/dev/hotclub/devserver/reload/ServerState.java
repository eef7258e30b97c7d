package dev.hotclub.devserver.reload;

/** What the dev server serves right now: a generation, or the error page of sources that do not build. */
sealed interface ServerState {

    record Serving(Generation generation) implements ServerState {
    }

    /** The sources do not build: every page is the error page. */
    record Broken(ReloadFailure failure) implements ServerState {
    }
}
