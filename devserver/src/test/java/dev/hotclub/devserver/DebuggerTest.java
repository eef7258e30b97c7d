package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runserver --debug-port}: a debugger attached with JDI, as IntelliJ IDEA and VS Code attach, stops
 * at a breakpoint set on a view by class name and line, in the first generation's class and in the class
 * of the generation that a reload makes.
 */
class DebuggerTest {

    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final String VIEW = "hello.Views";

    @TempDir
    Path temp;

    @Test
    void aBreakpointOnAViewIsHitBeforeAndAfterAReload() throws Exception {
        FixtureProject project = new FixtureProject(temp.resolve("site"));
        int line = lineOf(project.path("src/main/java/hello/Views.java"), "return HttpResponse.ok(");
        Process server = RunserverProcess.start(project.dir, temp, "127.0.0.1:0", "--debug-port", "127.0.0.1:0");
        ConsoleLines console = new ConsoleLines(server.getInputStream());
        VirtualMachine vm = null;
        try {
            int debugPort = Integer.parseInt(console.await("Listening for transport dt_socket at address: (\\d+)", BOUND).group(1));
            HttpPoller http = new HttpPoller(URI.create(console.await("Starting development server at (\\S+)", BOUND).group(1)));
            vm = attach(debugPort);
            Breakpoints breakpoints = new Breakpoints(vm, VIEW, line);

            assertThat(http.get("/hello/").body()).isEqualTo("Hello, version 1");
            Location first = breakpoints.awaitHit();
            assertThat(first.declaringType().name()).isEqualTo(VIEW);
            assertThat(first.lineNumber()).isEqualTo(line);

            project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, version 2"));
            console.await("Reloaded in \\d+ ms", BOUND);
            breakpoints.hits.clear();

            assertThat(http.get("/hello/").body()).isEqualTo("Hello, version 2");
            Location second = breakpoints.awaitHit();
            assertThat(second.declaringType().name()).isEqualTo(VIEW);
            assertThat(second.lineNumber()).isEqualTo(line);
            assertThat(second.declaringType()).as("the new generation's class").isNotEqualTo(first.declaringType());
            assertThat(second.declaringType().classLoader()).isNotEqualTo(first.declaringType().classLoader());
        } finally {
            if (vm != null) {
                vm.dispose();
            }
            server.destroy(); // the launcher's JVM passes it on to the debugged one and waits for it
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped; console:\n%s", console.all()).isTrue();
        }
        assertThat(server.descendants().count()).as("the debugged JVM stopped with its launcher").isZero();
    }

    private static VirtualMachine attach(int port) throws Exception {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
            .filter(c -> c.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(String.valueOf(port));
        return socket.attach(arguments);
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    /**
     * A line breakpoint as IDEs set one: on every loaded class of that name, and on each class of that name
     * prepared later (a reload's generation loads a new one).
     */
    private static final class Breakpoints {
        final BlockingQueue<Location> hits = new LinkedBlockingQueue<>();
        private final Set<ReferenceType> armed = new HashSet<>();
        private final EventRequestManager requests;
        private final int line;

        Breakpoints(VirtualMachine vm, String className, int line) {
            this.requests = vm.eventRequestManager();
            this.line = line;
            ClassPrepareRequest prepared = requests.createClassPrepareRequest();
            prepared.addClassFilter(className);
            prepared.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
            prepared.enable();
            Thread events = new Thread(() -> handleEvents(vm), "jdi-events");
            events.setDaemon(true);
            events.start();
            vm.classesByName(className).forEach(this::arm);
        }

        private synchronized void arm(ReferenceType type) {
            if (!armed.add(type)) {
                return;
            }
            try {
                for (Location location : type.locationsOfLine(line)) {
                    var breakpoint = requests.createBreakpointRequest(location);
                    breakpoint.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
                    breakpoint.enable();
                }
            } catch (Exception e) {
                throw new AssertionError("Cannot set a breakpoint at line " + line + " of " + type.name(), e);
            }
        }

        private void handleEvents(VirtualMachine vm) {
            try {
                while (true) {
                    EventSet set = vm.eventQueue().remove();
                    for (Event event : set) {
                        if (event instanceof ClassPrepareEvent prepared) {
                            arm(prepared.referenceType());
                        } else if (event instanceof BreakpointEvent hit) {
                            hits.add(hit.location());
                        } else if (event instanceof VMDisconnectEvent) {
                            return;
                        }
                    }
                    set.resume();
                }
            } catch (InterruptedException | com.sun.jdi.VMDisconnectedException e) {
                // the test is over
            }
        }

        Location awaitHit() throws InterruptedException {
            Location hit = hits.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
            assertThat(hit).as("a breakpoint hit").isNotNull();
            return hit;
        }
    }
}
