package dev.zonegraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the seed folder (page, articles, facts, reference regions) through {@link SourceFiles}, which checks every
 * fact against its article and the vocabulary. Problems are collected, not stopped at: a {@link SeedException} lists
 * all of them, each as {@code file:line:column: message}.
 */
public final class SeedReader {

    private static final Pattern ID = Pattern.compile("[a-z]+:[a-z0-9][a-z0-9./-]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final List<String> PATTERNS = List.of("page.txt", "reference/*.yaml", "articles/*.yaml",
            "facts/*.yaml");

    private SeedReader() {
    }

    /**
     * Reads the seed from a Spring resource location: {@code classpath:seeds/} (the copy built into the service) or
     * {@code file:/some/folder/}.
     */
    public static Seed read(String location) {
        var reading = SourceFiles.read(files(location), SourceFiles.NOTHING_BEYOND);
        if (!reading.problems().isEmpty()) {
            throw new SeedException(reading.problems());
        }
        return reading.seed();
    }

    /** The seed's files at {@code location}, named by their path inside it ({@code facts/xian.yaml}). */
    public static List<SourceFiles.SourceFile> files(String location) {
        String root = location.endsWith("/") ? location : location + "/";
        var files = new ArrayList<SourceFiles.SourceFile>();
        for (String pattern : PATTERNS) {
            String folder = pattern.contains("/") ? pattern.substring(0, pattern.indexOf('/') + 1) : "";
            for (Resource resource : resources(root + pattern)) {
                files.add(new SourceFiles.SourceFile(folder + resource.getFilename(), text(root, resource)));
            }
        }
        return files;
    }

    /** SHA-256 over the files' names and texts: changes when any seed file is added, removed or edited. */
    public static String fingerprint(List<SourceFiles.SourceFile> files) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            for (var file : files.stream().sorted(Comparator.comparing(SourceFiles.SourceFile::name)).toList()) {
                digest.update((file.name() + "\n" + file.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static List<Resource> resources(String pattern) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
                    .filter(Resource::exists).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pattern, e);
        }
    }

    private static String text(String root, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SeedException(List.of(root + resource.getFilename() + ": cannot be read (" + e.getMessage()
                    + ")"));
        }
    }

    // --- value helpers shared with the facts checks -------------------------------------------------------------

    static String str(Object value) {
        return value == null ? null : value.toString();
    }

    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(m -> m instanceof Map<?, ?> ? (Map<String, Object>) m : Map.<String, Object>of())
                    .toList();
        }
        return List.of();
    }

    static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Null if {@code value} is a valid ISO date, year-month or year; otherwise why not. */
    static String dateProblem(Object value) {
        String text = str(value);
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return "is not an ISO date (2021-12-23, 2022-03 or 2022): " + text;
        }
        try {
            switch (text.length()) {
                case 10 -> LocalDate.parse(text);
                case 7 -> YearMonth.parse(text);
                default -> { }
            }
            return null;
        } catch (DateTimeParseException e) {
            return "is not a real date: " + text;
        }
    }
}
