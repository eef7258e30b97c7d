package dev.hotclub.benchmarks;

import static dev.hotclub.urls.Urls.path;

import dev.hotclub.http.Html;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.http.Middleware;
import dev.hotclub.project.Project;
import dev.hotclub.server.ProjectHandler;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of one request through {@link ProjectHandler#serve} (no socket), with no middleware and with the
 * starter's five, measured as the thread's CPU time rather than wall time: on a shared machine whose load moves
 * wall-clock figures by 2x, the time the thread actually ran moves far less. Prints the median and range of rounds
 * of 200,000 requests after a warm-up. {@code java -cp benchmarks.jar dev.hotclub.benchmarks.PipelineCpuTime};
 * put an older build's jar first on the class path to measure that code with this program.
 */
public final class PipelineCpuTime {
    private static final int REQUESTS = 200_000;

    private PipelineCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ProjectHandler bare = handler();
        ProjectHandler defaults = handler(new SecurityMiddleware(), new SessionMiddleware(), new CommonMiddleware(),
                new CsrfViewMiddleware(), new XFrameOptionsMiddleware());
        HttpRequest request = HttpRequest.builder("GET", "/greetings/alice/").build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) { // warm-up: both paths compiled by C2
            measure(threads, bare, request);
            measure(threads, defaults, request);
        }
        double[] bareNs = new double[rounds];
        double[] defaultsNs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            bareNs[r] = measure(threads, bare, request);
            defaultsNs[r] = measure(threads, defaults, request);
        }
        print("no middleware", bareNs);
        print("five default middleware", defaultsNs);
    }

    private static ProjectHandler handler(Middleware... middleware) {
        return new ProjectHandler(Project.named("bench").allowedHosts("testserver").secretKey("bench-secret")
                .middleware(middleware)
                .urls(path("greetings/<str:name>/", request -> HttpResponse.ok("<h1>Hello, "
                        + Html.escape(request.arg("name")) + "!</h1>"), "greet"))
                .build());
    }

    /** CPU nanoseconds per request over {@link #REQUESTS} requests. */
    private static double measure(ThreadMXBean threads, ProjectHandler handler, HttpRequest request) {
        long start = threads.getCurrentThreadCpuTime();
        int statuses = 0;
        for (int i = 0; i < REQUESTS; i++) {
            statuses += handler.serve(request).status();
        }
        if (statuses != 200 * REQUESTS) {
            throw new IllegalStateException("not every request was a 200");
        }
        return (threads.getCurrentThreadCpuTime() - start) / (double) REQUESTS;
    }

    private static void print(String what, double[] ns) {
        double[] sorted = ns.clone();
        Arrays.sort(sorted);
        System.out.printf("%-24s median %6.0f ns CPU per request (range %.0f-%.0f over %d rounds of %,d)%n", what,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length, REQUESTS);
    }
}
