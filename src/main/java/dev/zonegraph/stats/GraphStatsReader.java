package dev.zonegraph.stats;

import dev.zonegraph.graph.Graph;
import java.util.List;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Counts nodes per label and relationships per type; proposals under review are not part of the graph. */
@Component
public class GraphStatsReader {

    private final Graph graph;

    GraphStatsReader(Graph graph) {
        this.graph = graph;
    }

    public GraphStats read() {
        return graph.read(tx -> {
            List<GraphStats.Count> labels = tx.run("""
                    MATCH (n) WHERE NOT n:Proposal UNWIND labels(n) AS name
                    RETURN name, count(*) AS count ORDER BY name""").list(GraphStatsReader::count);
            List<GraphStats.Count> types = tx.run("""
                    MATCH ()-[r]->()
                    RETURN type(r) AS name, count(*) AS count ORDER BY name""").list(GraphStatsReader::count);
            var totals = tx.run("""
                    RETURN COUNT { MATCH (n) WHERE NOT n:Proposal } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships""").single();
            return new GraphStats(totals.get("nodes").asLong(), totals.get("relationships").asLong(), labels, types);
        });
    }

    private static GraphStats.Count count(Record row) {
        return new GraphStats.Count(row.get("name").asString(), row.get("count").asLong());
    }
}
