package dev.zonegraph.explorer;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the explorer (built from {@code src/main/explorer} into {@code static/explorer/}) at {@code /} and at its
 * client routes, so an address like {@code /zone/zone:xian} can be bookmarked and shared: the page is the same
 * index.html and the app reads the address. Only the node types' own path segments are claimed, so
 * {@code /graphql}, {@code /graphiql/}, {@code /browser}, {@code /cypher} and {@code /actuator} keep their handlers.
 */
@Controller
class ExplorerRoutes {

    private static final String PAGE = "forward:/explorer/index.html";

    /** A browser asking for a page gets the explorer; Neo4j Browser's discovery request (JSON) is answered elsewhere. */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home() {
        return PAGE;
    }

    @GetMapping(path = {"/search",
            "/{type:zone|enterprise|brand|award|policy|project|indicator|organization|region|person|industry|article}/**"},
            produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return PAGE;
    }
}
