package dev.hotclub.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./manage runserver ...} in a JVM of its own, as the launcher starts it, on this JVM's class path;
 * Maven is replaced by a script that finds no dependencies (the fixture projects have none).
 */
final class RunserverProcess {

    private RunserverProcess() {
    }

    static Process start(Path projectDir, Path scratch, String... runserverArgs) throws IOException {
        Path maven = scratch.resolve("mvn");
        Files.writeString(maven, """
            #!/bin/sh
            for arg in "$@"; do case "$arg" in -Dmdep.outputFile=*) : > "${arg#-Dmdep.outputFile=}";; esac; done
            """);
        maven.toFile().setExecutable(true);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "dev.hotclub.devserver.cli.Main",
            "--program", "./manage", "--project", projectDir.toString(), "runserver"));
        command.addAll(List.of(runserverArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOTCLUB_MVN", maven.toString());
        return builder.start();
    }
}
