package dev.zonegraph.query;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;

/** Hands Spring for GraphQL the derived part of the schema beside the declared {@code schema.graphqls}. */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer derivedSchema() {
        return builder -> ((GraphQlSource.SchemaResourceBuilder) builder)
                .configureTypeDefinitions(new SchemaDerivation());
    }
}
