package dev.zonegraph.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Keeps parsed and validated documents, so a frontend sending the same query again skips parsing and validation.
 * Bounded by the total length of the documents kept (a flood of distinct documents evicts, never grows the heap).
 * Documents sent by hash ({@link PersistedQueries}) are looked up first, then parsed through the same cache.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

    /** Characters of document text the cache holds at most. */
    static final long MAX_CHARACTERS = 8_000_000;

    @Bean
    PersistedQueries persistedQueries(PersistedQueryProperties properties, ResourceLoader resources) {
        return PersistedQueries.of(properties, resources);
    }

    @Bean
    GraphQlSourceBuilderCustomizer preparsedDocuments(PersistedQueries persisted) {
        Cache<String, PreparsedDocumentEntry> cache = Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS)
                .<String, PreparsedDocumentEntry>weigher((document, entry) -> document.length()).build();
        PreparsedDocumentProvider provider = persisted.around((input, parseAndValidate) ->
                cache.get(input.getQuery(), document -> parseAndValidate.apply(input)));
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }
}
