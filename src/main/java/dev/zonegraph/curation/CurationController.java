package dev.zonegraph.curation;

import dev.zonegraph.security.Principals;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The curators' GraphQL fields: the mutations and the history of changes. */
@Controller
class CurationController {

    private final CurationService curation;
    private final History history;

    CurationController(CurationService curation, History history) {
        this.curation = curation;
        this.history = history;
    }

    @MutationMapping
    Payloads.AddArticlePayload addArticle(@Argument Map<String, Object> input) {
        return Payloads.addArticle(input, curation.addArticle(ArticleIds.withId(input),
                provenance("addArticle", input)));
    }

    @MutationMapping
    Payloads.AssertFactsPayload assertFacts(@Argument Map<String, Object> input) {
        return Payloads.assertFacts(input, curation.assertFacts(GraphqlInput.facts(input),
                provenance("assertFacts", input)));
    }

    @MutationMapping
    Payloads.FactChangePayload correctFact(@Argument Map<String, Object> input) {
        return Payloads.factChange(curation.correctFact(input, provenance("correctFact", input)));
    }

    @MutationMapping
    Payloads.FactChangePayload retractFact(@Argument Map<String, Object> input) {
        return Payloads.factChange(curation.retractFact(input, provenance("retractFact", input)));
    }

    @QueryMapping
    java.util.List<History.FactVersion> factHistory(@Argument Map<String, Object> fact) {
        FactRef ref = FactRef.of(fact);
        if (ref == null || (!ref.isIndicator() && (ref.from() == null || ref.type() == null || ref.to() == null))) {
            throw new dev.zonegraph.query.ApiException("'fact' on Query.factHistory needs indicator or relationship"
                    + " {from, type, to}", "fact");
        }
        return history.versions(ref);
    }

    @QueryMapping
    History.Page changes(@Argument String since, @Argument Integer first, @Argument String after) {
        return history.page(since, first, after);
    }

    private static Provenance provenance(String mutation, Map<String, Object> input) {
        return new Provenance(Principals.current(), "graphql:" + mutation, (String) input.get("reason"));
    }
}
