package dev.hotclub.urls.internal;

import dev.hotclub.urls.UrlWarning;

import java.util.ArrayList;
import java.util.List;

/** Every check run when a resolver is built; see {@link UrlWarning} for the IDs. */
public final class UrlChecks {

    private UrlChecks() {
    }

    public static List<UrlWarning> run(CompiledUrlConf conf, IndexedResolver resolver) {
        List<UrlWarning> warnings = new ArrayList<>(DjangoPatternChecks.run(conf.tree()));
        warnings.addAll(ShadowCheck.run(conf.leaves(), resolver));
        warnings.addAll(DuplicateNameCheck.run(conf.leaves()));
        return List.copyOf(warnings);
    }
}
