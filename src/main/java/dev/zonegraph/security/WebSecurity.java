package dev.zonegraph.security;

import dev.zonegraph.graph.Loopback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.web.cors.CorsUtils;

/**
 * Who may reach which path. Reads are public unless {@code zonegraph.security.reads=authenticated}; the console and
 * Neo4j Browser also need a READER when HTTP listens beyond loopback ({@code server.address}); mutations need a
 * CURATOR ({@link MutationGuard}); actuator endpoints other than health and info need an OPERATOR. No sessions or
 * cookies: every request carries its own credentials ({@link PresentedCredentials}), which is also why CSRF
 * protection is off. Every answer carries Spring Security's headers ({@code nosniff}, {@code X-Frame-Options: DENY}) and a
 * Content-Security-Policy ({@code zonegraph.security.content-security-policy}; Neo4j Browser keeps its own).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurity {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }

    @Bean
    SecurityFilterChain zonegraphSecurity(HttpSecurity http, SecuritySettings settings,
            ObjectProvider<JwtDecoder> jwtDecoder, @Value("${server.address:}") String serverAddress,
            @Value("${spring.graphql.http.path:/graphql}") String graphqlPath) throws Exception {
        var errors = new SignInErrors(graphqlPath);
        JwtDecoder jwt = jwtDecoder.getIfAvailable();
        boolean readsNeedSignIn = settings.reads() == SecuritySettings.Reads.AUTHENTICATED;
        boolean toolsNeedSignIn = readsNeedSignIn || !Loopback.only(serverAddress);
        String reader = Role.READER.name();

        http.authorizeHttpRequests(paths -> {
            paths.requestMatchers(CorsUtils::isPreFlightRequest).permitAll();
            paths.requestMatchers(EndpointRequest.to("health", "info")).permitAll();
            paths.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.OPERATOR.name());
            if (readsNeedSignIn) {
                paths.requestMatchers(graphqlPath, graphqlPath + "/**").hasRole(reader);
            }
            if (toolsNeedSignIn) {
                paths.requestMatchers("/cypher", "/cypher/**", "/browser", "/browser/**").hasRole(reader);
            }
            paths.anyRequest().permitAll();
        });
        http.addFilterBefore(new ApiKeyFilter(new ApiKeys(settings.apiKeys()), jwt != null, errors),
                BearerTokenAuthenticationFilter.class);
        if (jwt != null) {
            var bearer = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(token -> token.decoder(jwt).jwtAuthenticationConverter(new JwtRoles(settings.jwt())))
                    .bearerTokenResolver(request -> {
                        String token = bearer.resolve(request);
                        return token != null && PresentedCredentials.looksLikeJwt(token) ? token : null;
                    })
                    .authenticationEntryPoint(errors)
                    .accessDeniedHandler(errors));
        }
        http.exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.cors(Customizer.withDefaults());
        // Set only where the page has none of its own (Neo4j Browser's comes from BrowserRoutes).
        http.headers(headers -> headers.addHeaderWriter(
                new ContentSecurityPolicyHeaderWriter(settings.contentSecurityPolicy())));
        return http.build();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MutationGuard mutationGuard(RoleHierarchy roleHierarchy) {
        return new MutationGuard(roleHierarchy);
    }

    @Bean
    SignInInterceptor signInInterceptor() {
        return new SignInInterceptor();
    }

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlStatus(handler);
    }
}
