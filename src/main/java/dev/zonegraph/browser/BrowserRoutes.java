package dev.zonegraph.browser;

import dev.zonegraph.graph.EmbeddedNeo4j;
import dev.zonegraph.graph.Neo4jProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Neo4j Browser at {@code /browser}, from the org.neo4j.client:neo4j-browser jar: {@code /browser} sends the analyst
 * to the page with the Bolt address filled in, so it connects to this service's Neo4j over Bolt-on-WebSocket. A
 * Content-Security-Policy keeps the page from reaching any other host (it would otherwise load Google Fonts, Segment,
 * Canny and Sentry), so it works offline and sends nothing out.
 */
@Configuration(proxyBeanMethods = false)
@RestController
class BrowserRoutes implements WebMvcConfigurer {

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final Neo4jProperties connection;

    BrowserRoutes(ObjectProvider<EmbeddedNeo4j> embedded, Neo4jProperties connection) {
        this.embedded = embedded;
        this.connection = connection;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/browser/").setViewName("forward:/browser/index.html");
    }

    /**
     * The Browser page with this service's Bolt URI to connect to (and no login where auth is off); an editor command
     * ({@code ?cmd=edit&arg=MATCH ...}, as the explorer links here) is passed on for Browser to prefill.
     */
    @GetMapping("/browser")
    ResponseEntity<Void> browser(@RequestParam(required = false) String cmd,
            @RequestParam(required = false) String arg) {
        String auth = connection.external() || embedded.getObject().authEnabled() ? "NATIVE" : "NO_AUTH";
        String command = cmd == null || arg == null ? "" : "&cmd=" + encode(cmd) + "&arg=" + encode(arg);
        URI target = URI.create("/browser/?dbms=" + encode(boltUri()) + "&preselectAuthMethod=" + auth + command);
        return ResponseEntity.status(302).location(target).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The discovery document Neo4j Browser asks its origin for; it pre-fills the connect form. */
    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> discovery() {
        var document = new LinkedHashMap<String, Object>();
        document.put("bolt_routing", boltUri());
        document.put("bolt_direct", boltUri().replaceFirst("^neo4j", "bolt"));
        return document;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> browserContentSecurityPolicy() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", contentSecurityPolicy());
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/browser/*");
        return registration;
    }

    /**
     * Only this service and the Bolt port: no fonts, telemetry, feedback widget or error reporting from elsewhere;
     * no other site may frame it.
     */
    String contentSecurityPolicy() {
        String bolt = URI.create(boltUri()).getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self' ws://" + bolt + " http://" + bolt + " wss://" + bolt
                + " https://" + bolt + "; worker-src 'self' blob:; frame-src 'none'; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'";
    }

    private String boltUri() {
        return connection.external() ? connection.uri() : embedded.getObject().boltUri();
    }
}
