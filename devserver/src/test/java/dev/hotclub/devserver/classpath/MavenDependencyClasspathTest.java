package dev.hotclub.devserver.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against a stand-in for Maven: a script that writes the class path it is given and counts its runs. */
class MavenDependencyClasspathTest {

    @TempDir
    Path temp;

    Path project;
    Path jar;
    Path runs;
    MavenDependencyClasspath classpath;

    @BeforeEach
    void fakeMaven() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project>v1</project>");
        jar = Files.writeString(temp.resolve("lib-1.0.jar"), "not really a jar");
        runs = temp.resolve("runs");
        Path mvn = temp.resolve("mvn");
        Files.writeString(mvn, """
            #!/usr/bin/env bash
            echo run >> '%s'
            if grep -q broken pom.xml; then echo "[ERROR] Non-parseable POM pom.xml"; exit 1; fi
            if grep -q colour pom.xml; then printf '[\033[1;31mERROR\033[m] Non-parseable POM \033[36mpom.xml\033[m\n'; exit 1; fi
            for arg in "$@"; do
              case "$arg" in -Dmdep.outputFile=*) printf '%%s' '%s' > "${arg#-Dmdep.outputFile=}";; esac
            done
            """.formatted(runs, jar));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        classpath = new MavenDependencyClasspath(mvn.toString());
    }

    private long mavenRuns() throws IOException {
        return Files.exists(runs) ? Files.readAllLines(runs).size() : 0;
    }

    @Test
    void resolvesWithMavenOnceThenReadsTheCache() throws Exception {
        assertThat(classpath.resolve(project)).containsExactly(jar);
        assertThat(classpath.resolve(project)).containsExactly(jar);
        assertThat(mavenRuns()).isEqualTo(1);
        try (var cached = Files.list(project.resolve(".hotclub"))) {
            assertThat(cached.map(p -> p.getFileName().toString()))
                .singleElement().asString().matches("classpath-[0-9a-f]{16}\\.txt");
        }
    }

    @Test
    void aChangedPomIsResolvedAgain() throws Exception {
        classpath.resolve(project);
        Files.writeString(project.resolve("pom.xml"), "<project>v2</project>");
        classpath.resolve(project);
        assertThat(mavenRuns()).isEqualTo(2);
    }

    @Test
    void aCachedClassPathWhoseJarsAreGoneIsResolvedAgain() throws Exception {
        classpath.resolve(project);
        Files.delete(jar);
        classpath.resolve(project);
        assertThat(mavenRuns()).isEqualTo(2);
    }

    @Test
    void aFailureSaysWhatMavenSaid() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project>broken</project>");
        assertThatThrownBy(() -> classpath.resolve(project))
            .isInstanceOf(DependencyClasspath.ClasspathException.class)
            .hasMessageStartingWith("Maven could not resolve the dependencies of pom.xml (exit 1). Fix pom.xml, or run `")
            .hasMessageEndingWith("Maven said:\n[ERROR] Non-parseable POM pom.xml");
    }

    @Test
    void aFailureShowsNoColourCodesAndSuggestsACommandThatWritesNothing() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project>colour</project>");
        assertThatThrownBy(() -> classpath.resolve(project))
            .isInstanceOf(DependencyClasspath.ClasspathException.class)
            .hasMessage("Maven could not resolve the dependencies of pom.xml (exit 1). Fix pom.xml, or run `"
                + temp.resolve("mvn") + " dependency:resolve` in " + project + " to see why. Maven said:\n"
                + "[ERROR] Non-parseable POM pom.xml");
        try (var left = Files.list(project.resolve(".hotclub"))) {
            assertThat(left).as("no temporary files left").isEmpty();
        }
    }

    @Test
    void itSaysWhenItRunsMavenAndOnlyThen() throws Exception {
        List<String> said = new ArrayList<>();
        MavenDependencyClasspath saying = new MavenDependencyClasspath(temp.resolve("mvn").toString(), said::add);
        saying.resolve(project);
        saying.resolve(project);
        assertThat(said).containsExactly("Resolving the project's dependencies with Maven (pom.xml is new or changed;"
            + " the first time may download them)...");
    }
}
