package dev.zonegraph.proposal;

import dev.zonegraph.proposal.ReviewPayloads.PageInfo;
import dev.zonegraph.proposal.ReviewPayloads.ProposalConnection;
import dev.zonegraph.proposal.ReviewPayloads.ProposalEdge;
import dev.zonegraph.query.ApiException;
import dev.zonegraph.query.ApiLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Pages through proposals in review order (article, then the order the extractor proposed them), with keyset cursors
 * ({@code article, position, id}) and the API's page-size limits.
 */
@Component
class ProposalPages {

    private static final List<String> STATUSES = List.of("PENDING", "ACCEPTED", "REJECTED");

    private final ProposalStore store;
    private final ApiLimits limits;

    ProposalPages(ProposalStore store, ApiLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    ProposalConnection page(String status, String article, Integer first, String after) {
        int size = first == null ? limits.defaultFirst() : first;
        if (size < 0 || size > limits.maxFirst()) {
            throw new ApiException("'first' on Query.proposals must be between 0 and " + limits.maxFirst()
                    + " (zonegraph.api.max-first), not " + size, "first");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new ApiException("'status' on Query.proposals must be one of " + STATUSES, "status");
        }
        var page = store.page(status, article, after == null ? null : decode(after), size + 1);
        var edges = new ArrayList<ProposalEdge>();
        for (Proposal p : page.proposals().subList(0, Math.min(size, page.proposals().size()))) {
            edges.add(new ProposalEdge(encode(p), p));
        }
        return new ProposalConnection(edges, new PageInfo(page.proposals().size() > size, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), page.total());
    }

    private static String encode(Proposal p) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\n", p.articleId(),
                String.valueOf(p.position()), p.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length == 3) {
                Integer.parseInt(parts[1]);
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ApiException("'after' on Query.proposals is not a cursor of this list", "after");
    }
}
