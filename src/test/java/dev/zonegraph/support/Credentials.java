package dev.zonegraph.support;

import java.util.Map;

/**
 * API keys that every integration test context accepts (configured, as hashes, in
 * {@code src/test/resources/test-credentials.properties}, which {@link ZonegraphIntegrationTest} and
 * {@link LimitedIntegrationTest} load). Send one with {@code new Http(port).withHeaders(Credentials.CURATOR)}.
 */
public final class Credentials {

    /** Signs in as {@code test-reader}: queries, console, Neo4j Browser. */
    public static final Map<String, String> READER = apiKey("zg_test-reader-cSBvlFHvPHgmIHdjZapbjezefUnFpKZs");
    /** Signs in as {@code test-curator}: mutations, and everything a reader may do. */
    public static final Map<String, String> CURATOR = apiKey("zg_test-curator-bCZOZvzA37r93ciacVA1J_2WrYdHKllj");
    /** Signs in as {@code test-operator}: health details and the other actuator endpoints, nothing else. */
    public static final Map<String, String> OPERATOR = apiKey("zg_test-operator-Fnfg8ULnUeK1iF5nHm1p1eDNpwKUukBh");

    /** For a service started by hand ({@code SpringApplicationBuilder.run}): the argument that accepts these keys. */
    public static final String ACCEPT_ARGUMENT = "--spring.config.import=classpath:test-credentials.properties";

    private Credentials() {
    }

    /** The header that sends {@code key}. */
    public static Map<String, String> apiKey(String key) {
        return Map.of("X-Api-Key", key);
    }
}
