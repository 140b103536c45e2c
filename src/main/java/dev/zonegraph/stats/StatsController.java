package dev.zonegraph.stats;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Query.stats}: what the graph holds, counted in Neo4j. */
@Controller
class StatsController {

    private final GraphStatsReader reader;

    StatsController(GraphStatsReader reader) {
        this.reader = reader;
    }

    @QueryMapping
    GraphStats stats() {
        return reader.read();
    }
}
