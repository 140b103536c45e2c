package dev.zonegraph.proposal;

import dev.zonegraph.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The name proposals record as their proposer: {@code extractor:<version>}, the version being the first 12 hex digits
 * of a SHA-256 over the extractor's compiled classes and lexicon, so it changes whenever its rules do and proposals
 * made by different rules can be told apart.
 */
final class Proposer {

    /** The extractor's classes (in {@code dev.zonegraph.extract}) and resources that decide what it proposes. */
    private static final List<String> PARTS = List.of("Extractor.class", "Doc.class", "Nlp.class", "HeadRules.class",
            "TitleRules.class", "ContextRules.class", "FigureRules.class", "RelationRules.class", "Mentions.class",
            "Entities.class", "Regions.class", "Numbers.class", "Names.class", "/extract/industries.txt");

    static final String NAME = "extractor:" + version();

    private Proposer() {
    }

    private static String version() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (String part : PARTS) {
                try (InputStream in = Extractor.class.getResourceAsStream(part)) {
                    if (in != null) {
                        digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
