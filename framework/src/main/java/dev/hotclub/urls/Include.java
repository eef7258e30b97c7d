package dev.hotclub.urls;

import java.util.Objects;

/**
 * What {@link Urls#include} returns: a URLconf (or the provider of one, such as an app) mounted under
 * a route, with an optional instance namespace. The provider is kept so that a project can find its
 * installed apps by walking its URLconf.
 *
 * @param provider  where the URLconf comes from; called once when the resolver is built
 * @param namespace the instance namespace, or {@code null} to use the URLconf's app name
 */
public record Include(UrlConfProvider provider, String namespace) {

    public Include {
        Objects.requireNonNull(provider, "provider");
    }

    /** The included URLconf: asks the provider. */
    public UrlConf urlConf() {
        return provider.urls();
    }
}
