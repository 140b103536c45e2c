package dev.zonegraph.extract;

import java.util.List;
import java.util.Map;

/**
 * A name a rule found in a sentence: its label, the name as written, where it stands in the sentence, the label's
 * properties the rule could tell, and how sure the rule is.
 */
record Mention(String label, String name, Doc.Sentence sentence, int start, int end, Map<String, Object> props,
        List<String> aliases, double confidence) {

    Mention(String label, String name, Doc.Sentence sentence, int start, int end, Map<String, Object> props,
            double confidence) {
        this(label, name, sentence, start, end, props, List.of(), confidence);
    }

    String key() {
        return label + "|" + name;
    }

    boolean overlaps(Mention other) {
        return sentence == other.sentence && start < other.end && other.start < end;
    }
}
