package dev.hotclub.benchmarks.db;

import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.JsonResponse;
import dev.hotclub.project.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * TechEmpower's four database tests as a Hotclub user writes them: the ORM ({@link World}, {@link Fortune}) and a
 * FreeMarker template ({@code templates/tfb/fortunes.html}), DEBUG off, served by {@code HotclubServer} with the
 * request log on.
 */
final class HotclubTfb {
    private HotclubTfb() {
    }

    static Project project(String databaseUrl, int poolSize) {
        return Project.named("tfb")
                .debug(false)
                .allowedHosts("127.0.0.1", "localhost")
                .secretKey("benchmark-secret-key-benchmark-secret-key-benchmark-secret-key")
                .appendSlash(false)
                .databases(new DatabaseSettings(Map.of(DatabaseSettings.DEFAULT, databaseUrl), false, poolSize))
                // TFB requires a Server header; Hotclub sends none of its own.
                .middleware((request, next) -> next.proceed(request).header("Server", "hotclub"))
                .urls(path("db", HotclubTfb::singleQuery, "db"),
                        path("queries", HotclubTfb::queries, "queries"),
                        path("fortunes", HotclubTfb::fortunes, "fortunes"),
                        path("updates", HotclubTfb::updates, "updates"))
                .build();
    }

    static HttpResponse singleQuery(HttpRequest request) {
        World world = World.objects.get("id", Tfb.randomWorld());
        return new JsonResponse(new Tfb.WorldJson(world.id, world.randomNumber));
    }

    static HttpResponse queries(HttpRequest request) {
        int count = Tfb.queries(request.GET().get("queries"));
        List<Tfb.WorldJson> worlds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            World world = World.objects.get("id", Tfb.randomWorld());
            worlds.add(new Tfb.WorldJson(world.id, world.randomNumber));
        }
        return new JsonResponse(worlds);
    }

    // As TFB's Django entry: values("id", "message"), the rows as maps (a list of models renders the same page).
    static HttpResponse fortunes(HttpRequest request) {
        List<Map<String, Object>> fortunes = new ArrayList<>(Fortune.objects.values("id", "message").list());
        return render(request, "tfb/fortunes.html", Map.of("fortunes", withAddedFortune(fortunes)));
    }

    /** TFB's fortunes as {@code values()} rows: {@code rows} (a list it may change) with the added one, sorted. */
    static List<Map<String, Object>> withAddedFortune(List<Map<String, Object>> rows) {
        rows.add(Map.of("id", 0L, "message", Tfb.ADDED_FORTUNE));
        rows.sort(Comparator.comparing(fortune -> (String) fortune.get("message")));
        return rows;
    }

    static HttpResponse updates(HttpRequest request) {
        int count = Tfb.queries(request.GET().get("queries"));
        List<World> worlds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            World world = World.objects.get("id", Tfb.randomWorld());
            world.randomNumber = Tfb.randomWorld();
            worlds.add(world);
        }
        // One UPDATE for all (TFB allows batched writes, not batched reads), its rows in id order so that two
        // requests updating the same rows cannot deadlock.
        List<World> byId = new ArrayList<>(worlds);
        byId.sort(Comparator.comparing(world -> world.id));
        World.objects.bulkUpdate(byId, "randomNumber");
        return new JsonResponse(worlds.stream().map(w -> new Tfb.WorldJson(w.id, w.randomNumber)).toList());
    }
}
