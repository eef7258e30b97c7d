package dev.hotclub.devserver.livereload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnRequestsTest {

    @Test
    void theRequestLogLeavesOutLiveReloadsOwnRequestsOnly() {
        List<String> logged = new ArrayList<>();
        try (LiveReload liveReload = new LiveReload()) {
            var log = liveReload.withoutOwnRequests(logged::add);
            log.accept("[02/Dec/2026 10:17:43] \"GET /__hotclub__/livereload/events HTTP/1.1\" 200 91");
            log.accept("[02/Dec/2026 10:17:43] \"GET /__hotclub__/livereload/worker.js HTTP/1.1\" 200 1204");
            log.accept("[02/Dec/2026 10:17:44] \"GET /__hotclub__/livereload/nothing-here HTTP/1.1\" 404 170");
            log.accept("[02/Dec/2026 10:17:44] \"POST /__hotclub__/livereload/events HTTP/1.1\" 404 170");
            log.accept("[02/Dec/2026 10:17:45] \"GET /greetings/?next=/__hotclub__/livereload/events HTTP/1.1\" 200 12");
            log.accept("[02/Dec/2026 10:17:45] \"GET /greetings/ HTTP/1.1\" 200 4331");
        }
        assertThat(logged).containsExactly(
            "[02/Dec/2026 10:17:44] \"GET /__hotclub__/livereload/nothing-here HTTP/1.1\" 404 170",
            "[02/Dec/2026 10:17:44] \"POST /__hotclub__/livereload/events HTTP/1.1\" 404 170",
            "[02/Dec/2026 10:17:45] \"GET /greetings/?next=/__hotclub__/livereload/events HTTP/1.1\" 200 12",
            "[02/Dec/2026 10:17:45] \"GET /greetings/ HTTP/1.1\" 200 4331");
    }
}
