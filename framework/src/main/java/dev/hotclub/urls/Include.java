package dev.hotclub.urls;

import java.util.Objects;

/**
 * What {@link Urls#include} returns: a URLconf (or the provider of one, such as an app) mounted under
 * a route, with an optional instance namespace. The provider is kept so that a project can find its
 * installed apps by walking its URLconf.
 *
 * @param provider  where the URLconf comes from; called once when the resolver is built
 * @param namespace the instance namespace, or {@code null} to use the URLconf's app name
 * @param site      where the {@code include(...)} was written, or {@code null} when unknown
 */
public record Include(UrlConfProvider provider, String namespace, DeclarationSite site) {

    public Include {
        Objects.requireNonNull(provider, "provider");
    }

    /** An include without a known declaration site (the DSL in {@link Urls} records one). */
    public Include(UrlConfProvider provider, String namespace) {
        this(provider, namespace, null);
    }

    /** The included URLconf: asks the provider. */
    public UrlConf urlConf() {
        return provider.urls();
    }
}
