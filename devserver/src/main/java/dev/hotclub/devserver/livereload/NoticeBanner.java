package dev.hotclub.devserver.livereload;

import dev.hotclub.server.ProjectHandler;
import java.util.List;

/**
 * The dev server's notices (migrations not applied, models with changes no migration holds) as a banner across the
 * top of the debug pages (DEBUG's 404 and 500 pages), where a developer looks when a page fails because the
 * schema is behind. The project's own pages are left as they are.
 */
public final class NoticeBanner {
    private NoticeBanner() {
    }

    /** {@code inner}, then the banner on HTML error pages; {@code inner} itself when there is nothing to say. */
    public static ProjectHandler.ResponseFilter around(ProjectHandler.ResponseFilter inner, List<String> notices) {
        if (notices.isEmpty()) {
            return inner;
        }
        String banner = html(notices);
        return (request, response) -> {
            var filtered = inner.filter(request, response);
            return filtered.status() >= 400 && PageInjection.isPage(filtered) ? PageInjection.insert(filtered, banner)
                : filtered;
        };
    }

    static String html(List<String> notices) {
        StringBuilder html = new StringBuilder("<div data-hotclub-notices style=\"position:fixed;top:0;left:0;right:0;"
            + "z-index:2147483647;background:#ffd;border-bottom:2px solid #c90;color:#000;padding:8px 16px;"
            + "font:14px/1.4 sans-serif\">");
        for (int i = 0; i < notices.size(); i++) {
            html.append(i == 0 ? "" : "<br>").append(escape(notices.get(i)));
        }
        return html.append("</div>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); // element text: no quotes to escape
    }
}
