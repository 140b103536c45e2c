package dev.zonegraph.bench;

import dev.zonegraph.ZonegraphApplication;
import dev.zonegraph.support.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Page load to first content of the explorer's main pages on the seed graph, in Debian's headless Chromium: the time
 * from navigation start to the page's {@code zonegraph:content} mark (set once the page has drawn its data), with an
 * empty browser cache (first visit) and a warm one, over {@code --runs} loads each. Writes target/bench/explorer-load.md.
 *
 * <pre>
 * ./mvnw -q -Pbench -Dbench.main=dev.zonegraph.bench.ExplorerLoadTime -Dbench.heap=1g -Dbench.args="--runs=10"
 * </pre>
 */
public final class ExplorerLoadTime {

    private static final List<String> PAGES = List.of("/", "/search?q=%E7%A8%80%E5%9C%9F", "/zone/zone:baotou",
            "/zone/zone:xian", "/award/award:national-green-industrial-park-2021", "/article/article:baotou");

    private ExplorerLoadTime() {
    }

    public static void main(String[] args) throws Exception {
        if (!Chromium.available()) {
            throw new IllegalStateException("needs " + Chromium.BINARY + " and " + Chromium.DRIVER);
        }
        int runs = Integer.parseInt(option(args, "runs", "10"));
        Path out = Path.of(option(args, "out", "target/bench"));
        var context = new SpringApplication(ZonegraphApplication.class).run("--server.port=0", "--zonegraph.neo4j.uri=",
                "--zonegraph.embedded.bolt-port=0", "--zonegraph.embedded.data-dir=" + out.resolve("explorer-db"),
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        String origin = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        var report = new StringBuilder(String.format(Locale.ROOT,
                "Explorer page load to first content, seed graph, headless Chromium, %d loads per page (ms)%n%n"
                        + "| page | empty cache p50 | empty cache max | warm cache p50 | warm cache max |%n"
                        + "|---|---:|---:|---:|---:|%n", runs));
        try (var chromium = new Chromium()) {
            chromium.driver().executeCdpCommand("Network.enable", Map.of());
            for (String page : PAGES) {
                load(chromium, origin + page); // warms the service's JIT and caches for this page's query
                var cold = measure(chromium, origin + page, runs, true);
                var warm = measure(chromium, origin + page, runs, false);
                report.append(String.format(Locale.ROOT, "| `%s` | %.0f | %.0f | %.0f | %.0f |%n", page,
                        percentile(cold, 0.5), percentile(cold, 1), percentile(warm, 0.5), percentile(warm, 1)));
            }
        } finally {
            context.close();
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("explorer-load.md"), report);
        System.out.print(report);
    }

    private static List<Double> measure(Chromium chromium, String url, int runs, boolean emptyCache) {
        chromium.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", emptyCache));
        var times = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            times.add(load(chromium, url));
        }
        return times;
    }

    /** Loads the page and answers the time from navigation start to its first content, in ms. */
    private static double load(Chromium chromium, String url) {
        chromium.driver().get(url);
        return new WebDriverWait(chromium.driver(), Duration.ofSeconds(60)).until(driver -> (Number) chromium.driver()
                .executeScript("return performance.getEntriesByName('zonegraph:content')[0]?.startTime ?? null"))
                .doubleValue();
    }

    private static double percentile(List<Double> values, double p) {
        var sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
