package dev.zonegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.zonegraph.seed.SeedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class ProposeCommandTests {

    @TempDir
    Path dir;

    /** The printed facts file is one the seed reader accepts: quotes verbatim, vocabulary, units, ends all valid. */
    @Test
    void proposeWritesAFactsFileTheSeedReaderLoads() throws Exception {
        for (String slug : new String[] {"weinan", "xian", "guangzhou"}) {
            Path article = Path.of("seeds/articles/" + slug + ".yaml");
            Path folder = Files.createDirectories(dir.resolve(slug));
            Files.createDirectories(folder.resolve("articles"));
            Files.createDirectories(folder.resolve("facts"));
            Files.copy(article, folder.resolve("articles/" + slug + ".yaml"));
            Files.copy(Path.of("seeds/page.txt"), folder.resolve("page.txt"));
            Path out = folder.resolve("facts/" + slug + ".yaml");

            ProposeCommand.run(new String[] {"--propose", article.toString(), "--out", out.toString()});

            Map<String, Object> facts = new Yaml().load(Files.readString(out, StandardCharsets.UTF_8));
            assertThat(facts.get("article")).isEqualTo("article:" + slug);
            assertThat((Iterable<?>) facts.get("indicators")).isNotEmpty();
            assertThatCode(() -> SeedReader.read("file:" + folder + "/")).doesNotThrowAnyException();
        }
    }
}
