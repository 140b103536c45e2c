package dev.zonegraph.graph;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Refuses to start when a schema field has no data fetcher, so an unmapped field fails the build, not a client. */
@Configuration(proxyBeanMethods = false)
class SchemaInspection {

    @Bean
    GraphQlSourceBuilderCustomizer failOnUnmappedFields() {
        return builder -> builder.inspectSchemaMappings(report -> {
            if (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()) {
                throw new IllegalStateException("GraphQL schema has unmapped fields or arguments:\n" + report);
            }
        });
    }
}
