package dev.hotclub.devserver.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassLoaderLayersTest {

    @TempDir
    Path temp;

    @Test
    void theDevServersOwnArtifactsAreLeftOutOfTheProjectLayer() {
        Path repository = temp.resolve("repository");
        Path undertowForDevServer = repository.resolve("io/undertow/undertow-core/2.3.27.Final/undertow-core-2.3.27.Final.jar");
        Path undertowForProject = repository.resolve("io/undertow/undertow-core/2.3.20.Final/undertow-core-2.3.20.Final.jar");
        Path framework = repository.resolve("dev/hotclub/hotclub-framework/0.1.0-SNAPSHOT/hotclub-framework-0.1.0-SNAPSHOT.jar");
        Path commonsText = repository.resolve("org/apache/commons/commons-text/1.12.0/commons-text-1.12.0.jar");
        try (ClassLoaderLayers layers = ClassLoaderLayers.over(List.of(framework, undertowForProject, commonsText),
                getClass().getClassLoader(), List.of(temp.resolve("devserver/classes"), undertowForDevServer))) {
            assertThat(layers.projectOnlyDependencies()).containsExactly(commonsText);
            assertThat(Set.copyOf(layers.compileClasspath()))
                .containsExactlyInAnyOrder(temp.resolve("devserver/classes"), undertowForDevServer, commonsText);
        }
    }
}
