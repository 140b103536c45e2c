package dev.zonegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The memory defaults are the same wherever they are written: pom.xml's {@code zonegraph.jvm.memory} and
 * {@code zonegraph.malloc-arena-max} (which spring-boot:run, the image and the soak use, and which surefire hands to
 * this test) in README's {@code java -jar} line and in docs/deploy.md; {@link EmbeddedMemory#DEFAULTS} as Spring binds
 * the record with nothing set, and in README's memory table.
 */
class MemoryDefaultsDocumentedTests {

    static final String JVM = System.getProperty("zonegraph.jvm.memory");
    static final String ARENAS = System.getProperty("zonegraph.malloc-arena-max");

    @Test
    void readmeAndDeployNoteStartTheJarWithThePomsMemorySettings() throws IOException {
        assertThat(JVM).as("surefire passes pom.xml's zonegraph.jvm.memory").contains("-Xmx");
        String jar = "MALLOC_ARENA_MAX=" + ARENAS + " java " + JVM + " -jar target/zonegraph-0.1.0-SNAPSHOT.jar";
        assertThat(Files.readString(Path.of("README.md"))).contains(jar);
        assertThat(Files.readString(Path.of("docs/deploy.md"))).contains("`" + JVM + "`", "`MALLOC_ARENA_MAX=" + ARENAS
                + "`");
    }

    @Test
    void embeddedMemoryDefaultsAreWhatSpringBindsAndWhatReadmeSays() throws IOException {
        var bound = new Binder(new MapConfigurationPropertySource(Map.of("zonegraph.embedded.memory.unused", "x")))
                .bindOrCreate("zonegraph.embedded.memory", EmbeddedMemory.class);
        assertThat(bound).isEqualTo(EmbeddedMemory.DEFAULTS);
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("| Neo4j page cache (off the heap) | " + megabytes(bound.pageCache().toMegabytes()),
                "| heap one Neo4j transaction may take | " + megabytes(bound.transactionMax().toMegabytes()),
                "| heap all Neo4j transactions may take | " + megabytes(bound.transactionTotalMax().toMegabytes()));
    }

    private static String megabytes(long mb) {
        return mb + " MB |";
    }
}
