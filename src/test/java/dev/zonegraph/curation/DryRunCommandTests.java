package dev.zonegraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.ZonegraphApplication;
import dev.zonegraph.support.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --import=PATH --dry-run} in its own JVM, as a user runs it: every problem on one line with file, line and
 * column, exit status 1, and no database started or created.
 */
class DryRunCommandTests {

    @TempDir
    Path temp;

    @Test
    void brokenFilesAreReportedLineByLineWithoutStartingADatabase() throws Exception {
        Path seeds = Folders.copy(Path.of("seeds"), temp.resolve("seeds"));
        Path facts = seeds.resolve("facts/xian.yaml");
        Files.writeString(facts, Files.readString(facts).replace("value: 479.8\n", "value: 479.8亿\n")
                .replace("type: WORKS_FOR, to: \"ent:byd\"", "type: WORKS_FOR, to: \"zone:xian\""));
        Path data = temp.resolve("db");

        long started = System.nanoTime();
        var run = run("--import=" + seeds, "--dry-run", "--zonegraph.embedded.data-dir=" + data);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        System.out.println("--dry-run on the broken seed copy answered in " + elapsedMs + " ms (child JVM included)");

        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains(
                facts + ":182:12: indicator ind:xian/zone-industrial-output/2022-01-02: value is not a number: «479.8亿»",
                facts + ":170:54: relation person:liu-zhenyu -WORKS_FOR-> zone:xian: WORKS_FOR cannot end at a Zone",
                ": 2 problem(s)");
        assertThat(run.output()).doesNotContain("Neo4j", "Spring");
        assertThat(data).doesNotExist();
    }

    @Test
    void theCommittedSeedChecksOutWithExitStatusZero() throws Exception {
        var run = run("--import=seeds", "--dry-run");

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("(6 articles,", ": 0 problem(s)");
    }

    record Run(int status, String output) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ZonegraphApplication.class.getName()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
