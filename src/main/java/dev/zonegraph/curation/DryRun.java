package dev.zonegraph.curation;

import dev.zonegraph.seed.SourceFiles;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --import=PATH --dry-run}: checks the files as the import would, without Spring or any database, and prints
 * every problem as {@code file:line:column: message}, one per line. The files must be complete in themselves: a
 * fact may cite an article or name a node only if the files hold it.
 */
public final class DryRun {

    private DryRun() {
    }

    /** Checks the files at {@code paths}; returns the exit status (0: no problem, 1: problems printed on {@code err}). */
    public static int run(List<String> paths, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        var found = ImportFiles.collect(paths);
        var problems = new ArrayList<>(found.problems());
        var reading = SourceFiles.read(found.files(), SourceFiles.NOTHING_BEYOND);
        problems.addAll(reading.problems());
        problems.forEach(err::println);
        int facts = reading.seed().articles().stream().mapToInt(a -> a.factCount()).sum();
        out.printf("Checked %d files (%d articles, %d facts) in %d ms without a database: %d problem(s)%n",
                found.files().size(), reading.seed().articles().size(), facts,
                (System.nanoTime() - started) / 1_000_000, problems.size());
        return problems.isEmpty() ? 0 : 1;
    }
}
