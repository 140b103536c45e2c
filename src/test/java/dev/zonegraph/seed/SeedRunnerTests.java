package dev.zonegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Folders;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Folders.copy(Path.of("seeds"), temp);
        Path facts = temp.resolve("facts/xian.yaml");
        Files.writeString(facts, "# edited\n" + Files.readString(facts));
        var properties = new SeedProperties("file:" + temp + "/", true);

        new SeedRunner(loader, properties).run(new DefaultApplicationArguments());

        assertThat(output).contains("its files changed", "Seed [6/6] article:weinan");
    }
}
