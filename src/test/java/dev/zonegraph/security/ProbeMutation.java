package dev.zonegraph.security;

import graphql.schema.idl.SchemaParser;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * A test-only mutation, {@code probe(note)}, answering who ran it and counting its runs, to check that every
 * mutation needs a curator without depending on any real mutation. Added as an extension when the schema already has
 * a Mutation type, as a new root type otherwise.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProbeMutation {

    final AtomicInteger runs = new AtomicInteger();

    @Bean
    GraphQlSourceBuilderCustomizer probeMutationSchema() {
        return builder -> ((GraphQlSource.SchemaResourceBuilder) builder).configureTypeDefinitions(registry -> {
            String field = "\"Test only: who ran it.\"\n  probe(note: String): String\n";
            registry.merge(new SchemaParser().parse(registry.getType("Mutation").isPresent()
                    ? "extend type Mutation {\n  " + field + "}"
                    : "\"Test only.\"\ntype Mutation {\n  " + field + "}\nextend schema { mutation: Mutation }"));
        });
    }

    @Bean
    RuntimeWiringConfigurer probeMutationFetcher() {
        return wiring -> wiring.type("Mutation", type -> type.dataFetcher("probe", env -> {
            runs.incrementAndGet();
            return Principals.current() + ": " + env.getArgument("note");
        }));
    }
}
