package dev.zonegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Chromium;
import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The explorer in a real browser (Debian's headless Chromium) against the service on the seed graph: the analyst's
 * walk from a search to the ministry behind an award, evidence opened in its article, the chart and the graph
 * picture drawn, one GraphQL request per page and no request to any other origin. Screenshots of the main pages, on a
 * desktop and on a phone, go to target/screenshots/.
 */
@ZonegraphIntegrationTest
class ExplorerBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(60);
    private static Chromium chromium;

    @LocalServerPort
    int port;

    private final List<Chromium.Request> seen = new ArrayList<>();

    @BeforeAll
    static void browser() {
        Assumptions.assumeTrue(Chromium.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        chromium = new Chromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void desktop() {
        chromium.viewport(0, 0);
        chromium.requests();
        chromium.consoleErrors();
    }

    @AfterEach
    void noScriptErrorNorPolicyRefusal() {
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @AfterEach
    void nothingLeftTheOrigin() {
        seen.addAll(chromium.requests());
        // data: and blob: URLs (GraphiQL's inlined fonts) are read from the page itself, not from any host.
        assertThat(seen).isNotEmpty().filteredOn(request -> !request.url().matches("^(data|blob):.*"))
                .allSatisfy(request -> assertThat(request.url()).startsWith(origin() + "/"));
    }

    @Test
    void rootServesTheExplorerToBrowsersAndDiscoveryToNeo4jBrowser() {
        var http = new Http(port);
        assertThat(http.send("GET", "/", java.util.Map.of("Accept", "text/html")).body()).contains("<div id=\"app\">");
        assertThat(http.send("GET", "/zone/zone:xian", java.util.Map.of("Accept", "text/html")).body())
                .contains("<div id=\"app\">");
        assertThat(http.send("GET", "/", java.util.Map.of("Accept", "application/json")).json().has("bolt_routing"))
                .isTrue();
        open("/");
        assertThat(pageCost("home")).isEqualTo(1);
    }

    @Test
    void walkFromASearchToTheMinistryThatConferredTheZonesAward() {
        open("/");
        assertThat(pageCost("home")).isEqualTo(1);
        shoot("home");

        chromium.driver().findElement(By.cssSelector("input[type=search]")).sendKeys("稀土");
        assertThat(pageCost("search:稀土:")).as("results as you type, debounced").isEqualTo(1);
        click(By.cssSelector("a.facet.t-Zone"));
        assertThat(pageCost("search:稀土:Zone")).isEqualTo(1);
        shoot("search");

        click(By.linkText("包头稀土高新区"));
        assertThat(pageCost("zone:baotou")).isEqualTo(1);
        assertThat(text("h1")).isEqualTo("包头稀土高新区");
        assertThat(text(".en")).isEqualTo("Baotou Rare Earth Hi-tech Industrial Development Zone");
        assertThat(paintedPixels(".chart canvas")).as("figures chart").isPositive();
        assertThat(paintedPixels(".graph-box canvas")).as("neighbourhood picture").isPositive();
        shoot("zone");

        click(By.cssSelector("section.awards").findElement(chromium.driver()).findElement(By.linkText("绿色工业园区")));
        String award = loadedId();
        assertThat(pageCost(award)).isEqualTo(1);
        assertThat(text("h1")).isEqualTo("绿色工业园区");
        assertThat(text(".facts")).contains("国家级 NATIONAL");
        shoot("award");

        click(By.cssSelector("section.related").findElement(chromium.driver()).findElement(By.linkText("工信部")));
        assertThat(pageCost(loadedId())).isEqualTo(1);
        assertThat(text("h1")).isEqualTo("工信部");
        assertThat(text("section.awards")).contains("绿色工业园区");
    }

    @Test
    void aFiguresEvidenceOpensItsArticleWithTheSentenceHighlighted() {
        open("/zone/zone:baotou");
        assertThat(pageCost("zone:baotou")).isEqualTo(1);
        WebElement quote = chromium.driver().findElement(By.cssSelector("section.figures tbody tr a.quote"));
        String href = quote.getAttribute("href");
        String expected = URLDecoder.decode(href.substring(href.indexOf("quote=") + 6), StandardCharsets.UTF_8);
        assertThat(quote.getText()).contains(expected);

        click(quote);
        assertThat(pageCost("article:baotou")).isEqualTo(1);
        WebElement mark = chromium.driver().findElement(By.cssSelector(".article-text .sentence mark"));
        assertThat(mark.getText()).isEqualTo(expected);
        assertThat(chromium.driver().findElements(By.cssSelector(".article-text mark"))).hasSize(1);
        assertThat((Boolean) chromium.driver().executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.bottom <= innerHeight;""", mark)).as("scrolled into view").isTrue();
        shoot("article");
    }

    @Test
    void theNeighbourhoodExpandsNodeByNodeWithOneRequestEach() {
        open("/zone/zone:baotou");
        assertThat(pageCost("zone:baotou")).isEqualTo(1);
        long before = graphNodes();
        List<?> target = (List<?>) chromium.driver().executeScript("""
                const cy = document.querySelector('.graph-box').cy;
                const n = cy.nodes('[type = "Award"]').first();
                const p = n.renderedPosition();
                return [n.id(), p.x, p.y];""");
        WebElement box = chromium.driver().findElement(By.cssSelector(".graph-box"));
        var size = box.getSize();
        new Actions(chromium.driver()).moveToElement(box,
                (int) Math.round(((Number) target.get(1)).doubleValue() - size.getWidth() / 2.0),
                (int) Math.round(((Number) target.get(2)).doubleValue() - size.getHeight() / 2.0)).click().perform();
        wait(PAGE_LOAD).until(d -> graphNodes() > before);
        assertThat(graphqlRequests(chromium.requests())).isEqualTo(1);
        assertThat(chromium.driver().executeScript(
                "return document.querySelector('.graph-box').cy.nodes('[type = \"Organization\"]').map(n => n.data('full'))",
                new Object[0])).asString().contains("工信部");
        assertThat(text(".legend")).contains("Organization", "Award", "Zone");
    }

    @Test
    void aPageLinksToItsQueryInGraphiqlAndItsPatternInNeo4jBrowser() {
        open("/zone/zone:xian");
        assertThat(pageCost("zone:xian")).isEqualTo(1);
        String browser = chromium.driver().findElement(By.cssSelector(".further a.cypher")).getAttribute("href");
        var redirect = new Http(port).get(browser.substring(origin().length()));
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(
                URLDecoder.decode(location, StandardCharsets.UTF_8)).contains(
                        "cmd=edit&arg=MATCH (n:Zone {id: \"zone:xian\"})-[r]-(m) RETURN n, r, m"));

        click(By.cssSelector(".further a.graphiql"));
        wait(PAGE_LOAD).until(d -> (Boolean) chromium.driver().executeScript(
                "const e = document.querySelector('.graphiql-query-editor'); return !!e && e.innerText.includes('ZonePage')"));
        assertThat(text(".graphiql-query-editor")).contains("zone(id: $id)");
    }

    @Test
    void pagesAreReadableOnAPhone() {
        chromium.viewport(390, 844);
        for (String page : List.of("/zone/zone:baotou", "/article/article:baotou", "/search?q=%E7%A8%80%E5%9C%9F")) {
            open(page);
            awaitPage("[data-loaded]");
            assertThat((Long) chromium.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("no sideways scrolling on %s", page).isLessThanOrEqualTo(390L);
        }
        open("/zone/zone:baotou");
        awaitPage("[data-loaded]");
        shoot("zone");
        open("/article/article:baotou?quote=" + java.net.URLEncoder.encode("国家级“绿色工业园区”", StandardCharsets.UTF_8));
        awaitPage("[data-loaded]");
        shoot("article");
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }

    private void open(String path) {
        chromium.driver().get(origin() + path);
    }

    private void click(By locator) {
        click(chromium.driver().findElement(locator));
    }

    private void click(WebElement element) {
        chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(chromium.driver(), timeout);
    }

    /** Waits for the page showing {@code loaded}, then answers how many GraphQL requests it cost. */
    private long pageCost(String loaded) {
        awaitPage("[data-loaded=\"" + loaded.replace("\"", "\\\"") + "\"]");
        return graphqlRequests(chromium.requests());
    }

    /** Waits for the page's content (the bound only keeps a broken page from hanging the build); an error fails. */
    private void awaitPage(String css) {
        var shown = wait(PAGE_LOAD).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css + ", .error")));
        assertThat(shown.getAttribute("class")).as("page error: %s", shown.getText()).isNotEqualTo("error");
    }

    private long graphqlRequests(List<Chromium.Request> requests) {
        seen.addAll(requests);
        return requests.stream().filter(r -> r.url().equals(origin() + "/graphql")).count();
    }

    private String loadedId() {
        return wait(PAGE_LOAD).until(d -> {
            var found = d.findElements(By.cssSelector("article.node[data-loaded]"));
            return found.isEmpty() ? null : found.get(0).getAttribute("data-loaded");
        });
    }

    private String text(String css) {
        return chromium.driver().findElement(By.cssSelector(css)).getText();
    }

    private long graphNodes() {
        return (Long) chromium.driver().executeScript("return document.querySelector('.graph-box').cy.nodes().length");
    }

    /** Pixels with any paint on the matching canvases (0 for a blank picture). */
    private long paintedPixels(String css) {
        return (Long) chromium.driver().executeScript("""
                let painted = 0;
                for (const c of document.querySelectorAll(arguments[0])) {
                  if (!c.width || !c.height) continue;
                  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
                }
                return painted;""", css);
    }

    private void shoot(String page) {
        boolean phone = (Long) chromium.driver().executeScript("return innerWidth") < 600;
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("explorer-" + page + (phone ? "-phone" : "-desktop") + ".png"),
                    chromium.driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
