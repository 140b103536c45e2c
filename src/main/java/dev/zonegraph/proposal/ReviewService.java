package dev.zonegraph.proposal;

import dev.zonegraph.curation.CurationResult;
import dev.zonegraph.curation.CurationService;
import dev.zonegraph.curation.Provenance;
import dev.zonegraph.extract.Extractor;
import dev.zonegraph.query.ApiException;
import dev.zonegraph.proposal.ReviewPayloads.ReviewProposalsPayload;
import dev.zonegraph.proposal.ReviewPayloads.UserError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Proposes an article's facts with the shared extractor and stores them for review; accepts proposals through the
 * curators' write path ({@link CurationService#assertFacts}), marking them ACCEPTED in the same transaction, or
 * rejects them with a reason. A proposal is decided once: deciding it again is refused.
 */
@Service
class ReviewService {

    private final ObjectProvider<Extractor> extractor;
    private final ProposalStore store;
    private final CurationService curation;

    ReviewService(ObjectProvider<Extractor> extractor, ProposalStore store, CurationService curation) {
        this.extractor = extractor;
        this.store = store;
        this.curation = curation;
    }

    ReviewPayloads.ProposeFactsPayload propose(String articleId) {
        var article = store.article(articleId).orElseThrow(() -> new ApiException("no article " + articleId
                + " in the graph: add it with addArticle first", "articleId"));
        var rules = extractor.getObject();
        // One read transaction for the names the article mentions (retried whole on a transient failure).
        var drafts = Drafts.of(store.read(tx -> rules.propose(article, KnownEntities.index(tx))), Proposer.NAME);
        store.markExisting(drafts);
        var saved = store.save(drafts);
        return new ReviewPayloads.ProposeFactsPayload(articleId, Proposer.NAME, saved.created(), saved.proposals());
    }

    ReviewProposalsPayload accept(List<String> ids, String principal) {
        List<Proposal> proposals = store.byIds(ids);
        var errors = undecidable(ids, proposals);
        if (!errors.isEmpty()) {
            return ReviewProposalsPayload.refused(proposals, errors);
        }
        var acceptance = new Acceptance(proposals, ids);
        store.proposedOnly(acceptance.needed()).forEach((entity, by) -> errors.add(new UserError(
                List.of("ids", String.valueOf(acceptance.neededBy(entity))), entity + " is not in the graph: it is"
                + " only proposed, by " + String.join(", ", by) + "; accept that proposal with this one",
                "PENDING_DEPENDENCY")));
        if (!errors.isEmpty()) {
            return ReviewProposalsPayload.refused(proposals, errors);
        }
        var provenance = new Provenance(principal, "graphql:acceptProposals", "accepted proposals "
                + String.join(", ", ids) + " by " + String.join(", ", proposals.stream().map(Proposal::proposer)
                .distinct().toList()));
        CurationResult result = curation.assertFacts(acceptance.facts(), provenance, (tx, written) -> {
            if (!(written instanceof CurationResult.Refused)) {
                String change = written instanceof CurationResult.Written w ? w.change().id() : null;
                if (ProposalStore.decide(tx, ids, "ACCEPTED", principal, change, null) != proposals.size()) {
                    throw new ApiException("another review decided some of these proposals meanwhile; nothing was"
                            + " written", "ids");
                }
            }
            return written;
        });
        if (result instanceof CurationResult.Refused refused) {
            return ReviewProposalsPayload.refused(proposals, refused.problems().stream().map(p ->
                    new UserError(acceptance.path(p), p.message(), p.code().name())).toList());
        }
        return new ReviewProposalsPayload(store.byIds(ids),
                result instanceof CurationResult.Written w ? w.change() : null, List.of());
    }

    ReviewProposalsPayload reject(List<String> ids, String reason, String principal) {
        if (reason == null || reason.isBlank()) {
            throw new ApiException("'reason' on Mutation.rejectProposals must say why", "reason");
        }
        List<Proposal> proposals = store.byIds(ids);
        var errors = undecidable(ids, proposals);
        if (!errors.isEmpty()) {
            return ReviewProposalsPayload.refused(proposals, errors);
        }
        store.write(tx -> {
            if (ProposalStore.decide(tx, ids, "REJECTED", principal, null, reason.strip()) != proposals.size()) {
                throw new ApiException("another review decided some of these proposals meanwhile; nothing was"
                        + " changed", "ids");
            }
            return null;
        });
        return new ReviewProposalsPayload(store.byIds(ids), null, List.of());
    }

    /** Unknown ids and proposals already decided, each with its place among the ids. */
    private static List<UserError> undecidable(List<String> ids, List<Proposal> found) {
        if (ids.isEmpty()) {
            throw new ApiException("'ids' is empty: name the proposals to decide", "ids");
        }
        var errors = new ArrayList<UserError>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            var proposal = found.stream().filter(p -> p.id().equals(id)).findFirst();
            if (proposal.isEmpty()) {
                errors.add(new UserError(List.of("ids", String.valueOf(i)), "no proposal " + id, "UNKNOWN_PROPOSAL"));
            } else if (!proposal.get().status().equals(Proposal.PENDING)) {
                Proposal p = proposal.get();
                errors.add(new UserError(List.of("ids", String.valueOf(i)), id + " is already " + p.status()
                        + " (by " + p.decidedBy() + " at " + p.decidedAt() + "); a proposal is decided once",
                        "NOT_PENDING"));
            }
        }
        return errors;
    }
}
