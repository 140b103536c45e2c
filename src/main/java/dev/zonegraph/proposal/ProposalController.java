package dev.zonegraph.proposal;

import dev.zonegraph.proposal.ReviewPayloads.ProposalConnection;
import dev.zonegraph.proposal.ReviewPayloads.ReviewProposalsPayload;
import dev.zonegraph.security.Principals;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The review of proposed facts: {@code proposeFacts}, {@code proposals}, {@code acceptProposals},
 * {@code rejectProposals}. The mutations need a curator like every mutation; the list too, because proposals are
 * unreviewed claims, not part of the graph readers see.
 */
@Controller
class ProposalController {

    private final ReviewService review;
    private final ProposalPages pages;

    ProposalController(ReviewService review, ProposalPages pages) {
        this.review = review;
        this.pages = pages;
    }

    @MutationMapping
    ReviewPayloads.ProposeFactsPayload proposeFacts(@Argument String articleId) {
        return review.propose(articleId);
    }

    @QueryMapping
    ProposalConnection proposals(@Argument String status, @Argument String article, @Argument Integer first,
            @Argument String after) {
        CuratorsOnly.check();
        return pages.page(status, article, first, after);
    }

    @MutationMapping
    ReviewProposalsPayload acceptProposals(@Argument List<String> ids) {
        return review.accept(ids, Principals.current());
    }

    @MutationMapping
    ReviewProposalsPayload rejectProposals(@Argument List<String> ids, @Argument String reason) {
        return review.reject(ids, reason, Principals.current());
    }

    @GraphQlExceptionHandler
    GraphQLError denied(CuratorsOnly.Denied denied, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env).errorType(denied.type()).message(denied.getMessage()).build();
    }
}
