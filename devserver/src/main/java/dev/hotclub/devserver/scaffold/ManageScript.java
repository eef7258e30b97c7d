package dev.hotclub.devserver.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated project's {@code ./manage}: finds the dev server of the project's Hotclub version in the
 * local Maven repository (where {@code ./hotclub} installed it), caches its class path under
 * {@code .hotclub/}, and runs it on this project.
 */
public final class ManageScript {

    private ManageScript() {
    }

    static void write(Path projectDir, String hotclubVersion) throws IOException {
        Path manage = projectDir.resolve("manage");
        Files.writeString(manage, text(hotclubVersion), StandardCharsets.UTF_8);
        ProjectGenerator.makeExecutable(manage);
    }

    static String text(String version) {
        return """
            #!/usr/bin/env bash
            # This project's command line: ./manage runserver [ADDR:]PORT, ./manage startapp NAME, ./manage --help,
            # ./manage --version.
            # Runs the Hotclub dev server of the project's Hotclub version (pom.xml's hotclub.version) from the local
            # Maven repository (`./hotclub` in a Hotclub checkout installs it there; a release comes from Maven Central
            # or the repository the pom names).
            set -euo pipefail
            cd "$(dirname "$0")"
            # The Hotclub version the project pins in pom.xml (<hotclub.version>), else the one it was made with.
            version=$(sed -n 's:.*<hotclub.version>[[:space:]]*\\([^<[:space:]]*\\)[[:space:]]*</hotclub.version>.*:\\1:p' pom.xml 2>/dev/null | head -n 1 || true)
            version=${version:-%1$s}
            mvn_cmd="${HOTCLUB_MVN:-mvn}"
            classpath_file=".hotclub/devserver-$version.classpath"

            classpath_ok() {
              [ -s "$classpath_file" ] || return 1
              local IFS=:
              for entry in $(cat "$classpath_file"); do [ -e "$entry" ] || return 1; done
            }

            if [ "$*" = --version ] || [ "$*" = version ]; then
              echo "$version" # the project's Hotclub version, as django-admin --version prints Django's
              exit 0
            fi

            if [ ! -f pom.xml ] || [ ! -d src/main/java ]; then
              echo "CommandError: '$PWD' is not a Hotclub project: it has no pom.xml and src/main/java. This ./manage belongs in a project's folder." >&2
              exit 1
            fi

            if ! classpath_ok; then
              echo "Finding the Hotclub dev server $version in the local Maven repository (first run)..." >&2
              [ -d .hotclub ] && made_cache_dir=false || made_cache_dir=true
              mkdir -p .hotclub
              cat > .hotclub/devserver-pom.xml <<POM
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>local.hotclub</groupId>
              <artifactId>devserver-launcher</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
              <dependencies>
                <dependency>
                  <groupId>dev.hotclub</groupId>
                  <artifactId>hotclub-devserver</artifactId>
                  <version>$version</version>
                </dependency>
              </dependencies>
            </project>
            POM
              if ! "$mvn_cmd" -q -B -f .hotclub/devserver-pom.xml \\
                  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \\
                  -Dmdep.outputFile="$PWD/$classpath_file" -Dmdep.includeScope=runtime >.hotclub/devserver-maven.log 2>&1; then
                cat .hotclub/devserver-maven.log >&2
                rm -f .hotclub/devserver-pom.xml .hotclub/devserver-maven.log
                if $made_cache_dir; then rmdir .hotclub 2>/dev/null || true; fi
                echo "CommandError: the Hotclub dev server $version is not in your local Maven repository." >&2
                echo "Run ./hotclub runserver once from a Hotclub checkout of that version: it builds and installs it." >&2
                exit 1
              fi
              rm -f .hotclub/devserver-maven.log
            fi

            # The JDK is JAVA_HOME's when set (as Maven's is), else the PATH's.
            java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
            # Serial GC and C1 only: a dev server runs javac in short bursts, and on a small machine C2's
            # compile threads cost more than they give.
            # Started in the background by a script, an IDE or setsid, the process may inherit SIGINT ignored, which a
            # JVM cannot undo: CONTROL-C's signal would then be lost. env (coreutils 8.31+) restores the default.
            default_int=""
            if env --default-signal=INT true 2>/dev/null; then default_int="env --default-signal=INT"; fi
            exec $default_int "$java_cmd" ${HOTCLUB_JAVA_OPTS--XX:+UseSerialGC -XX:TieredStopAtLevel=1} -cp "$(cat "$classpath_file")" dev.hotclub.devserver.cli.Main \\
              --program ./manage --project . "$@"
            """.formatted(version);
    }
}
