package dev.zonegraph.graph;

import org.springframework.stereotype.Component;

/** Reads every registered Cypher file at startup, so a missing one stops the service instead of a request. */
@Component
class CypherCheck {

    CypherCheck() {
        for (Cypher statement : Cypher.values()) {
            statement.text();
        }
    }
}
