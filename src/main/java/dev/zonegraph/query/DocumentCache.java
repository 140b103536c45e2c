package dev.zonegraph.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated documents, so a frontend sending the same query again skips parsing and validation.
 * Bounded by the total length of the documents kept (a flood of distinct documents evicts, never grows the heap).
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

    /** Characters of document text the cache holds at most. */
    static final long MAX_CHARACTERS = 8_000_000;

    @Bean
    GraphQlSourceBuilderCustomizer preparsedDocuments() {
        Cache<String, PreparsedDocumentEntry> cache = Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS)
                .<String, PreparsedDocumentEntry>weigher((document, entry) -> document.length()).build();
        PreparsedDocumentProvider provider = (input, parseAndValidate) -> CompletableFuture.completedFuture(
                cache.get(input.getQuery(), document -> parseAndValidate.apply(input)));
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }
}
