package dev.zonegraph.proposal;

import dev.zonegraph.extract.EntityIndex;
import dev.zonegraph.graph.Cypher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The graph's entities as the extractor resolves names against them, read in one transaction: the regions whole (the
 * rules look for every region's name in the text), any other entity fetched by the names an article mentions through
 * the full-text index over names and aliases, so proposing costs about the same in a graph of a hundred entities or
 * of a million.
 */
final class KnownEntities implements EntityIndex.Lookup {

    /** A name ending in one CJK character after a non-CJK one (ABB中): the analyzer indexes that character alone. */
    private static final Pattern LONE_LAST_HAN = Pattern.compile("(?<=[^\\p{IsHan}])\\p{IsHan}$");
    /** Prefixes per full-text query, well under Lucene's 1,024 clauses. */
    private static final int PER_QUERY = 200;

    private final TransactionContext tx;

    KnownEntities(TransactionContext tx) {
        this.tx = tx;
    }

    /** An index for one proposal, reading the graph in {@code tx}: the regions, and a lookup of any other name. */
    static EntityIndex index(TransactionContext tx) {
        return EntityIndex.over(new KnownEntities(tx), Set.of("Region"),
                tx.run(Cypher.PROPOSAL_REGIONS.text()).list(KnownEntities::known));
    }

    @Override
    public List<EntityIndex.Known> startingWith(Collection<String> prefixes) {
        List<String> searchable = prefixes.stream().filter(p -> !phrase(p).isEmpty()).toList();
        List<EntityIndex.Known> found = new ArrayList<>();
        for (int from = 0; from < searchable.size(); from += PER_QUERY) {
            List<String> chunk = searchable.subList(from, Math.min(searchable.size(), from + PER_QUERY));
            String query = chunk.stream().map(KnownEntities::phrase).collect(Collectors.joining(" OR "));
            found.addAll(tx.run(Cypher.PROPOSAL_NAMED_ENTITIES.text(), Map.of("query", query, "prefixes", chunk))
                    .list(KnownEntities::known));
        }
        return found;
    }

    @Override
    public boolean exists(String id) {
        return tx.run(Cypher.PROPOSAL_ENTITY_EXISTS.text(), Map.of("id", id)).single().get("found").asBoolean();
    }

    /**
     * The Lucene phrase that finds every name starting with {@code prefix}: its bigrams occur in such a name in the
     * same order, but for a lone last CJK character, which such a name may pair with the next one (left out); empty
     * when nothing searchable is left (a name of one CJK character is not looked up).
     */
    static String phrase(String prefix) {
        String words = LONE_LAST_HAN.matcher(prefix).replaceFirst("");
        if (!words.matches(".*[\\p{L}\\p{N}].*") || words.matches("\\p{IsHan}")) {
            return "";
        }
        return "\"" + words.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static EntityIndex.Known known(Record row) {
        return new EntityIndex.Known(row.get("id").asString(), row.get("label").asString(),
                row.get("name").asString(""), row.get("aliases").asList(Value::asString));
    }
}
