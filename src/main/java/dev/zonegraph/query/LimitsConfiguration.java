package dev.zonegraph.query;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Refuses documents that nest deeper or cost more than {@link ApiLimits} allows, before anything runs. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    @Bean
    Instrumentation maxDepth(ApiLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    /** Each field costs 1 plus its selection; a list or connection multiplies its selection by its page size. */
    @Bean
    Instrumentation maxComplexity(ApiLimits limits) {
        FieldComplexityCalculator calculator = (env, childComplexity) -> {
            Object first = env.getArguments().get("first");
            if (first instanceof Integer n) {
                return 1 + Math.max(n, 1) * childComplexity;
            }
            boolean list = env.getFieldDefinition().getArgument("first") != null;
            return 1 + (list ? limits.defaultFirst() : 1) * childComplexity;
        };
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), calculator);
    }
}
