package dev.zonegraph.curation;

import dev.zonegraph.seed.SourceFiles.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files {@code --import} is given: each path an article or facts file, or a folder of them (searched to any
 * depth for {@code *.yaml} and a {@code page.txt}). Each file is named by its path as given, for problem lines.
 */
final class ImportFiles {

    /** The files found, and the paths that are neither a file nor a folder. */
    record Found(List<SourceFile> files, List<String> problems) {
    }

    private ImportFiles() {
    }

    static Found collect(List<String> paths) {
        var files = new ArrayList<SourceFile>();
        var problems = new ArrayList<String>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isRegularFile(path)) {
                files.add(read(path));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml")
                            || f.getFileName().toString().equals("page.txt")).sorted().forEach(f -> files.add(read(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                problems.add(given + ":1:1: no such file or folder");
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(String.join(", ", paths) + ":1:1: no .yaml files to import");
        }
        return new Found(files, problems);
    }

    private static SourceFile read(Path file) {
        try {
            return new SourceFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
