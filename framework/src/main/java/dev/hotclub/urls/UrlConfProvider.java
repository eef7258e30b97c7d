package dev.hotclub.urls;

/**
 * Anything that has a URLconf to mount with {@link Urls#include(UrlConfProvider)}: every app is one.
 * {@link #urls()} is called when the {@link Resolver} is built, so a provider may build its URLconf lazily.
 */
@FunctionalInterface
public interface UrlConfProvider {
    UrlConf urls();
}
