package dev.zonegraph.playground;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GraphiQL playground bundled under {@code static/graphiql/} (built from {@code src/main/graphiql}):
 * every script, style and worker comes from this service, so it works with no internet.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlRoutes implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // The page loads its assets by relative path, so it must be addressed as a folder.
        registry.addRedirectViewController("/graphiql", "/graphiql/");
        registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
    }
}
