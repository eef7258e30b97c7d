package dev.hotclub.devserver;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the JUnit tests under one folder of compiled test classes with the JUnit Platform Launcher and
 * prints one line per test ({@code SUCCESSFUL greetings.GreetingsTest.theHomePageWelcomes}), with the
 * failure's stack trace; exits 0 when at least one test ran and all passed.
 *
 * GeneratedProjectTest runs it in a JVM of its own, because a generated project's tests build their
 * Project with the default base dir, the working directory, which a JVM fixes at its start: only a JVM
 * started in the project's folder finds the project's templates/404.html as Maven's surefire would.
 */
final class ProjectTestsLauncher {

    private ProjectTestsLauncher() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClasspathRoots(Set.of(Path.of(args[0]).toAbsolutePath())))
            .build();
        int[] counts = new int[2]; // run, failed
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL || test.isTest()) {
                    counts[0] += test.isTest() ? 1 : 0;
                    counts[1] += result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? 0 : 1;
                    System.out.println(result.getStatus() + " " + name(test));
                    result.getThrowable().ifPresent(error -> error.printStackTrace(System.out));
                }
            }
        });
        System.out.println(counts[0] + " tests run, " + counts[1] + " failed");
        System.exit(counts[0] > 0 && counts[1] == 0 ? 0 : 1);
    }

    private static String name(TestIdentifier test) {
        return test.getSource()
            .filter(MethodSource.class::isInstance)
            .map(source -> ((MethodSource) source).getClassName() + "." + ((MethodSource) source).getMethodName())
            .orElse(test.getUniqueId());
    }
}
