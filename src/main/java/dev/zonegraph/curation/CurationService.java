package dev.zonegraph.curation;

import dev.zonegraph.graph.Graph;
import dev.zonegraph.query.ApiLimits;
import dev.zonegraph.query.RequestTimeoutException;
import dev.zonegraph.seed.SourceFiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Service;

/**
 * The write path of the graph for curators, shared by the GraphQL mutations, {@code --import} and anything else that
 * accepts facts (such as extracted proposals). Each call is one write transaction with the API's time limit: all of
 * it is written, or none of it.
 */
@Service
public class CurationService {

    private static final int MAX_ATTEMPTS = 3;

    private final Graph graph;
    private final History history;
    private final Duration timeout;

    CurationService(Graph graph, History history, ApiLimits limits) {
        this.graph = graph;
        this.history = history;
        this.timeout = limits.requestTimeout();
    }

    /**
     * Adds an article, given as an article file would give it ({@code id} or a title to derive it from, metadata, and
     * {@code body} or {@code text}). The same article twice is {@link CurationResult.Unchanged}; an id already used by
     * an article with other content is refused.
     */
    public CurationResult addArticle(Map<String, Object> article, Provenance provenance) {
        return write(writer -> writer.addArticle(article, null, provenance));
    }

    /**
     * Asserts facts given in the shape of a facts file ({@code article}, {@code entities}, {@code relations},
     * {@code indicators}; each fact with a {@code quote} from {@code article} or its own
     * {@code evidence: {article, quote}}). They are checked by the same validator as the seed; if any fails, the
     * result is {@link CurationResult.Refused} with every problem and its path, and nothing is written. Facts
     * already in the graph give {@link CurationResult.Unchanged}; otherwise everything is merged on id in one
     * transaction and recorded as one change with {@code provenance}.
     *
     * @throws RequestTimeoutException when the transaction runs past {@code zonegraph.api.request-timeout} (then
     *         nothing was written)
     */
    public CurationResult assertFacts(Map<String, Object> facts, Provenance provenance) {
        return write(writer -> writer.assertFacts(facts, provenance));
    }

    /**
     * {@link #assertFacts(Map, Provenance)}, then {@code then} in the same transaction with its result, so that what
     * the caller records about the write (a proposal marked accepted) commits with it or not at all. An exception
     * from {@code then} rolls everything back.
     */
    public <T> T assertFacts(Map<String, Object> facts, Provenance provenance,
            BiFunction<TransactionContext, CurationResult, T> then) {
        return write(writer -> then.apply(writer.tx(), writer.assertFacts(facts, provenance)));
    }

    /**
     * Corrects a figure ({@code fact: {indicator}} with new {@code value}, {@code unit}, {@code growth} ...) or a
     * relationship ({@code fact: {relationship: {from, type, to}}} with a new {@code to} or {@code role}), with a
     * {@code reason} and {@code evidence}. The version replaced is kept as a revision ranked SUPERSEDED.
     */
    public CurationResult correctFact(Map<String, Object> input, Provenance provenance) {
        return write(writer -> new Corrections(writer.tx(), history).correct(input, provenance));
    }

    /** Withdraws a figure or relationship with a reason and evidence; it is kept as a revision ranked RETRACTED. */
    public CurationResult retractFact(Map<String, Object> input, Provenance provenance) {
        return write(writer -> new Corrections(writer.tx(), history).retract(input, provenance));
    }

    /**
     * Imports article and facts files in one write transaction (no time limit: an import may be large), each file
     * through the same path as the mutations and recorded as a change through {@code import:<file>}. A problem in any
     * file rolls everything back and is returned as {@code file:line:column: message}.
     */
    Importer.Outcome importFiles(List<SourceFiles.SourceFile> files, String principal) {
        try {
            return graph.write(tx -> Importer.run(tx, history, files, principal));
        } catch (Importer.Refused refused) {
            return new Importer.Outcome(List.of(), refused.problems);
        }
    }

    private <T> T write(Function<FactsWriter, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return graph.write(tx -> work.apply(new FactsWriter(tx, history)),
                        TransactionConfig.builder().withTimeout(timeout).build());
            } catch (Neo4jException e) {
                if (Graph.isTimeout(e)) {
                    throw new RequestTimeoutException(timeout);
                }
                // Two transactions created the same new node at once: the uniqueness constraint let one commit and
                // refused the other, which finds the node there when it runs again.
                if (attempt >= MAX_ATTEMPTS || !"Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                    throw e;
                }
            }
        }
    }
}
