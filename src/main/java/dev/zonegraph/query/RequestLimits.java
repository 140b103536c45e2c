package dev.zonegraph.query;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the size of a whole GraphQL request, measured after its variables are applied, and on how many costly
 * requests run at once. Each refusal is a BAD_REQUEST error naming the limit and the setting that raises it.
 *
 * @param maxFilterDepth deepest nesting of input objects in one argument (a {@code where} with NOT, AND/OR or
 *        relationship filters inside one another)
 * @param maxFilterTerms conditions in all the request's arguments together (each operator on a field is one)
 * @param maxListLength longest list in an argument ({@code in: [...]}, {@code OR: [...]})
 * @param maxStringLength longest string in an argument, in characters
 * @param maxRootFields root fields (aliases included) in one request; each is one Cypher statement
 * @param expensiveComplexity the estimated complexity from which a request counts as expensive
 * @param maxConcurrentExpensive expensive requests running at once; more wait, then are refused
 * @param expensiveWait how long an expensive request waits for its turn (within its own time limit)
 */
@ConfigurationProperties("zonegraph.api")
public record RequestLimits(
        @DefaultValue("16") int maxFilterDepth,
        @DefaultValue("100") int maxFilterTerms,
        @DefaultValue("500") int maxListLength,
        @DefaultValue("1000") int maxStringLength,
        @DefaultValue("20") int maxRootFields,
        @DefaultValue("50000") long expensiveComplexity,
        @DefaultValue("2") int maxConcurrentExpensive,
        @DefaultValue("2s") Duration expensiveWait) {
}
