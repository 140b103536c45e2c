package dev.zonegraph.proposal;

import dev.zonegraph.curation.Change;
import java.util.List;

/** The GraphQL payloads of proposing and reviewing; component names match the schema's fields. */
final class ReviewPayloads {

    private ReviewPayloads() {
    }

    /** Why a review was refused: the path of the offending value from the mutation's arguments, and its kind. */
    record UserError(List<String> path, String message, String code) {
    }

    /** The article's proposals (new ones PENDING, earlier ones as they stand) and how many of them are new. */
    record ProposeFactsPayload(String articleId, String proposer, int created, List<Proposal> proposals) {
    }

    /** The proposals as they stand after the review, the change that wrote accepted facts, and why not if refused. */
    record ReviewProposalsPayload(List<Proposal> proposals, Change change, List<UserError> userErrors) {

        static ReviewProposalsPayload refused(List<Proposal> proposals, List<UserError> errors) {
            return new ReviewProposalsPayload(proposals, null, errors);
        }
    }

    /** A page of proposals. */
    record ProposalConnection(List<ProposalEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    /** A proposal and its cursor. */
    record ProposalEdge(String cursor, Proposal node) {
    }

    /** Relay page info. */
    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
