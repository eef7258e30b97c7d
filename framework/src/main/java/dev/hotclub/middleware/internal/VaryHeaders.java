package dev.hotclub.middleware.internal;

import dev.hotclub.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Django's {@code patch_vary_headers}: adds header names to {@code Vary}, keeping those already there. */
public final class VaryHeaders {
    private VaryHeaders() {
    }

    public static void patch(HttpResponse response, String... names) {
        String existing = response.header("Vary");
        List<String> vary = new ArrayList<>();
        if (existing != null) {
            for (String part : existing.split(",")) {
                if (!part.isBlank()) {
                    vary.add(part.trim());
                }
            }
        }
        if (vary.contains("*")) {
            return;
        }
        List<String> lower = new ArrayList<>(vary.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
        for (String name : names) {
            if (!lower.contains(name.toLowerCase(Locale.ROOT))) {
                vary.add(name);
                lower.add(name.toLowerCase(Locale.ROOT));
            }
        }
        response.header("Vary", String.join(", ", vary));
    }
}
