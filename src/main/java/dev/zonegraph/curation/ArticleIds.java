package dev.zonegraph.curation;

import dev.zonegraph.Sha256;
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
        withId.put("id", "article:" + Sha256.hex(input.get("title").toString().strip()).substring(0, 12));
        return withId;
    }
}
