package dev.zonegraph.curation;

import dev.zonegraph.seed.Problem;
import java.util.List;

/** The outcome of one curation write: written (with its recorded change), already there, or refused. */
public sealed interface CurationResult {

    /** Ids of the nodes the input states (empty when refused). */
    List<String> nodes();

    /** The input changed the graph; {@code change} is the recorded {@link Change}. */
    record Written(Change change, List<String> nodes, int relationships) implements CurationResult {
    }

    /** Everything the input states was already in the graph: nothing was written or recorded. */
    record Unchanged(List<String> nodes, int relationships) implements CurationResult {
    }

    /** The input does not check out; nothing was written. Each problem has the path of the offending value. */
    record Refused(List<Problem> problems) implements CurationResult {
        @Override
        public List<String> nodes() {
            return List.of();
        }
    }
}
