package dev.zonegraph.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gives an article without an id a stable one derived from its title: the same title always gives the same id. */
final class ArticleIds {

    private ArticleIds() {
    }

    /** {@code input} with its {@code id}, derived as {@code article:<first 12 hex digits of SHA-256(title)>}. */
    static Map<String, Object> withId(Map<String, Object> input) {
        if (input.get("id") != null || input.get("title") == null) {
            return input;
        }
        var withId = new LinkedHashMap<>(input);
        withId.put("id", "article:" + sha256(input.get("title").toString().strip()).substring(0, 12));
        return withId;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
