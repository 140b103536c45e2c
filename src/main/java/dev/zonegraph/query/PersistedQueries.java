package dev.zonegraph.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.zonegraph.Sha256;
import dev.zonegraph.graph.StartupFailure;
import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents known by their SHA-256 hash, in one of two modes. Automatic persisted queries (Apollo's protocol, the
 * default): a request may send only {@code extensions.persistedQuery.sha256Hash}; an unknown hash is answered
 * {@code PersistedQueryNotFound}, and the client's retry with hash and document registers the document once the
 * hash is checked. Trusted documents (production): only the documents of a manifest run, by hash or by text; any
 * other is refused with {@code DOCUMENT_NOT_TRUSTED}. Both sit in front of {@link DocumentCache}'s parsed documents.
 */
final class PersistedQueries {

    /** A document refused because it is not in the trusted manifest. */
    enum Classification implements ErrorClassification {
        DOCUMENT_NOT_TRUSTED
    }

    private static final JsonMapper json = JsonMapper.builder().build();

    /** Trusted documents by hash; null in automatic mode. */
    private final Map<String, String> trusted;
    /** Documents registered by clients, by hash (automatic mode), bounded by their total length. */
    private final Cache<String, String> registered = Caffeine.newBuilder()
            .maximumWeight(DocumentCache.MAX_CHARACTERS)
            .<String, String>weigher((hash, document) -> document.length()).build();

    private PersistedQueries(Map<String, String> trusted) {
        this.trusted = trusted;
    }

    static PersistedQueries of(PersistedQueryProperties properties, ResourceLoader resources) {
        String location = properties.trustedDocuments();
        return new PersistedQueries(location.isBlank() ? null : readManifest(location, resources));
    }

    /** The document known by {@code hash}, or null. */
    String document(String hash) {
        String key = hash.toLowerCase(Locale.ROOT);
        return trusted != null ? trusted.get(key) : registered.getIfPresent(key);
    }

    /** {@code parsed} (which parses and validates a document text) behind the lookup by hash. */
    PreparsedDocumentProvider around(
            BiFunction<ExecutionInput, Function<ExecutionInput, PreparsedDocumentEntry>, PreparsedDocumentEntry> parsed) {
        var apollo = new ApolloPersistedQuerySupport(this::lookup) {
            @Override
            protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
                // Apollo Client looks for this code as well as the message.
                var extensions = new LinkedHashMap<String, Object>(
                        super.mkMissingError(error).getErrors().get(0).getExtensions());
                extensions.put("code", error instanceof PersistedQueryNotFound ? "PERSISTED_QUERY_NOT_FOUND"
                        : "PERSISTED_QUERY_HASH_MISMATCH");
                return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().errorType(error)
                        .message(error.getMessage()).extensions(extensions).build());
            }
        };
        return (input, parseAndValidate) -> apollo.getDocumentAsync(input, document -> {
            if (trusted != null && !trusted.containsKey(Sha256.hex(document.getQuery()))) {
                return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                        .errorType(Classification.DOCUMENT_NOT_TRUSTED)
                        .message("only trusted documents run here: send the sha256Hash of a document listed in "
                                + "zonegraph.persisted-queries.trusted-documents").build());
            }
            return parsed.apply(document, parseAndValidate);
        });
    }

    private CompletableFuture<PreparsedDocumentEntry> lookup(Object hash, ExecutionInput input,
            PersistedQueryCacheMiss parse) {
        String key = hash.toString().toLowerCase(Locale.ROOT);
        String document = trusted != null ? trusted.get(key) : registered.getIfPresent(key);
        if (document == null) {
            String sent = input.getQuery();
            if (trusted != null || sent == null || sent.isBlank()
                    || sent.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
                throw new PersistedQueryNotFound(hash);
            }
            document = sent;
        }
        // Checks the hash against the document (PersistedQueryIdInvalid), then parses and validates it.
        PreparsedDocumentEntry entry = parse.apply(document);
        if (trusted == null && !entry.hasErrors()) {
            registered.put(key, document);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /**
     * Reads a manifest: a JSON object of hash to document (GraphQL Code Generator's and Relay's persisted documents),
     * or Apollo's persisted query manifest ({@code {"operations": [{"id": hash, "body": document}]}}).
     */
    private static Map<String, String> readManifest(String location, ResourceLoader resources) {
        JsonNode root;
        try (InputStream in = resources.getResource(location).getInputStream()) {
            root = json.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new StartupFailure("the trusted documents manifest " + location + " cannot be read: "
                    + e.getMessage(), "point ZONEGRAPH_PERSISTED_QUERIES_TRUSTED_DOCUMENTS at a JSON manifest", e);
        }
        Map<String, String> documents = new HashMap<>();
        if (root.has("operations")) {
            root.get("operations").forEach(op -> documents.put(op.path("id").asString(), op.path("body").asString()));
        } else {
            root.properties().forEach(entry -> documents.put(entry.getKey(), entry.getValue().asString()));
        }
        Map<String, String> checked = new HashMap<>();
        documents.forEach((hash, document) -> {
            if (document == null || document.isBlank() || !Sha256.hex(document).equalsIgnoreCase(hash)) {
                throw new StartupFailure("the trusted documents manifest " + location + " lists '" + hash
                        + "', which is not the SHA-256 of its document",
                        "regenerate the manifest with SHA-256 hashes of the documents' text", null);
            }
            checked.put(hash.toLowerCase(Locale.ROOT), document);
        });
        return Map.copyOf(checked);
    }
}
