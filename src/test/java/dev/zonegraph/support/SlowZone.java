package dev.zonegraph.support;

import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * A zone with thousands of enterprises, for requests that must run long: a filter comparing each of its enterprises
 * with every other one, twice over, takes minutes unless its time limit stops it.
 */
public final class SlowZone {

    public static final int ENTERPRISES = 3000;

    /** A filter over the slow zone that runs for minutes (2.7e10 checks). */
    public static final String SLOW_FILTER = """
            { zone: { enterprises: { all: { zone: { enterprises: { all: { name: { startsWith: "slow" } } } } } } } }""";

    private SlowZone() {
    }

    /** Creates the zone and its enterprises, once per database. */
    public static void ensure(Driver driver) {
        driver.executableQuery("""
                MERGE (z:Zone {id: 'zone:slow'}) SET z.name = 'slow zone', z.aliases = []
                WITH z WHERE NOT EXISTS { (:Enterprise)-[:LOCATED_IN]->(z) }
                UNWIND range(1, $n) AS i
                CREATE (:Enterprise {id: 'ent:slow-' + i, name: 'slow ' + i, aliases: []})-[:LOCATED_IN]->(z)""")
                .withParameters(Map.of("n", ENTERPRISES)).execute();
    }
}
