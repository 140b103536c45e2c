package dev.zonegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** At startup a seed already loaded is recognised by its files' fingerprint and skipped; edited files are loaded. */
@ZonegraphIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SeedRunnerTests {

    @Autowired
    SeedLoader loader;

    @TempDir
    Path temp;

    @Test
    void aSeedAlreadyLoadedIsSkippedWithoutBeingReadAgain(CapturedOutput output) {
        var runner = new SeedRunner(loader, new SeedProperties("classpath:seeds/", true));
        runner.run(new DefaultApplicationArguments());
        int before = output.toString().length();

        runner.run(new DefaultApplicationArguments());

        assertThat(output.toString().substring(before))
                .contains("Seed classpath:seeds/ already loaded (6 articles, files unchanged")
                .doesNotContain("Seed [1/6]");
    }

    @Test
    void editedSeedFilesAreReadAndLoaded(CapturedOutput output) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Path target = temp.resolve(Path.of("seeds").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path facts = temp.resolve("facts/xian.yaml");
        Files.writeString(facts, "# edited\n" + Files.readString(facts));
        var properties = new SeedProperties("file:" + temp + "/", true);

        new SeedRunner(loader, properties).run(new DefaultApplicationArguments());

        assertThat(output).contains("its files changed", "Seed [6/6] article:weinan");
    }
}
