package dev.hotclub.project.internal;

import dev.hotclub.project.App;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the installed apps by walking a URLconf's includes: mounting an app installs it. An app mounted twice
 * (under two instance namespaces) is installed once.
 */
public final class InstalledApps {
    private InstalledApps() {
    }

    public static List<App> in(UrlConf root) {
        Map<Class<?>, App> apps = new LinkedHashMap<>();
        walk(root, apps);
        return new ArrayList<>(apps.values());
    }

    private static void walk(UrlConf conf, Map<Class<?>, App> apps) {
        for (UrlPattern pattern : conf.patterns()) {
            if (pattern.isInclude()) {
                if (pattern.include().provider() instanceof App app) {
                    apps.putIfAbsent(app.getClass(), app);
                }
                walk(pattern.include().urlConf(), apps);
            }
        }
    }
}
