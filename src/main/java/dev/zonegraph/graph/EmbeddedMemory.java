package dev.zonegraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Memory the embedded Neo4j may use beside the JVM heap it shares with the service (the heap itself is set where
 * the JVM starts: {@code -Xmx}). With the defaults and a 512 MB heap the service stays under 1 GiB RSS on the seed
 * graph.
 *
 * @param pageCache Neo4j's page cache, off the heap ({@code server.memory.pagecache.size})
 * @param transactionMax heap one transaction may take before Neo4j fails it ({@code db.memory.transaction.max})
 * @param transactionTotalMax heap all transactions together may take ({@code dbms.memory.transaction.total.max})
 */
@ConfigurationProperties("zonegraph.embedded.memory")
public record EmbeddedMemory(
        @DefaultValue("256MB") DataSize pageCache,
        @DefaultValue("128MB") DataSize transactionMax,
        @DefaultValue("256MB") DataSize transactionTotalMax) {

    /** The defaults above, for an embedded Neo4j started outside Spring (tests, tools). */
    public static final EmbeddedMemory DEFAULTS = new EmbeddedMemory(DataSize.ofMegabytes(256),
            DataSize.ofMegabytes(128), DataSize.ofMegabytes(256));
}
