package dev.zonegraph.curation;

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

    @QueryMapping
    History.Page changes(@Argument String since, @Argument Integer first, @Argument String after) {
        return history.page(since, first, after);
    }

    private static Provenance provenance(String mutation, Map<String, Object> input) {
        return new Provenance(Principals.current(), "graphql:" + mutation, (String) input.get("reason"));
    }
}
