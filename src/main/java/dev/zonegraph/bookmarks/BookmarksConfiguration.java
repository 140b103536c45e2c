package dev.zonegraph.bookmarks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read-your-writes across replicas: mutations answer the bookmarks of their writes, and the GraphQL endpoint and the
 * console make a request that sends them back wait until the Neo4j member serving it has those writes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class BookmarksConfiguration {

    @Bean
    FilterRegistrationBean<BookmarkHeaderFilter> bookmarkHeaderFilter(
            @Value("${spring.graphql.http.path:/graphql}") String graphqlPath) {
        var registration = new FilterRegistrationBean<>(new BookmarkHeaderFilter("/cypher"));
        registration.addUrlPatterns(graphqlPath, "/cypher");
        return registration;
    }

    @Bean
    BookmarkResponses bookmarkResponses() {
        return new BookmarkResponses();
    }
}
