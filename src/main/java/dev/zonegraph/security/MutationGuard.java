package dev.zonegraph.security;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every mutation operation needs the CURATOR role, whatever its fields: checked once per operation, after the
 * document is validated and before any field runs, so a new mutation is covered without any work of its own.
 * Without a sign-in the answer is a request error classified {@code UNAUTHORIZED}, with a sign-in but not the role
 * {@code FORBIDDEN}; nothing of the operation runs.
 */
final class MutationGuard implements Instrumentation {

    /** Where {@link SignInInterceptor} puts the request's sign-in in the GraphQL context. */
    static final String AUTHENTICATION = MutationGuard.class.getName() + ".authentication";

    private final RoleHierarchy roles;

    MutationGuard(RoleHierarchy roles) {
        this.roles = roles;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.MUTATION) {
            return SimpleInstrumentationContext.noOp();
        }
        Authentication caller = execution.getGraphQLContext().get(AUTHENTICATION);
        if (caller == null) {
            caller = SecurityContextHolder.getContext().getAuthentication();
        }
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            throw refusal(ErrorType.UNAUTHORIZED, "mutations need a sign-in with the CURATOR role: send an API key "
                    + "(X-Api-Key or Authorization: Bearer) or a JWT");
        }
        boolean curator = roles.getReachableGrantedAuthorities(caller.getAuthorities()).stream()
                .anyMatch(a -> Role.CURATOR.authority().equals(a.getAuthority()));
        if (!curator) {
            throw refusal(ErrorType.FORBIDDEN, "'" + caller.getName() + "' may not run mutations: the CURATOR role "
                    + "is needed");
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static AbortExecutionException refusal(ErrorClassification type, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(type).message(message)
                .build()));
    }
}
