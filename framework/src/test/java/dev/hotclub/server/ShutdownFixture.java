package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Limits;
import dev.hotclub.project.Project;
import java.time.Duration;

/**
 * A production-style process for the shutdown tests: serves a view that sleeps and one stuck in a loop, with the
 * grace period given in milliseconds, and closes on SIGTERM as {@code HotclubServer}'s main does.
 */
public final class ShutdownFixture {
    private static volatile boolean spin = true;

    public static void main(String[] args) throws Exception {
        Project project = Project.named("shutdown").allowedHosts("127.0.0.1", "localhost")
                .urls(path("sleep/", request -> {
                    System.out.println("sleeping");
                    Thread.sleep(1500);
                    return HttpResponse.ok("slept");
                }), path("loop/", request -> {
                    System.out.println("looping");
                    while (spin) {
                        Thread.onSpinWait();
                    }
                    return HttpResponse.ok("never");
                }))
                .limits(Limits.defaults().withShutdownGrace(Duration.ofMillis(Long.parseLong(args[0]))))
                .build();
        HotclubServer server = HotclubServer.start(project, "127.0.0.1", 0).closeOnShutdown();
        System.out.println("PORT " + server.port());
    }
}
