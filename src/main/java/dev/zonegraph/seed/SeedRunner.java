package dev.zonegraph.seed;

import dev.zonegraph.StartupCommand;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the seed when the service starts on a database that does not hold it as its files are now (empty, a first
 * load that was interrupted, or files edited since: each article is its own transaction, and loading again is
 * idempotent), or on demand with {@code --load-seeds} (then the service loads, prints the summary and exits; see
 * {@code ZonegraphApplication}). A seed already loaded is recognised by the fingerprint of its files, without reading
 * or checking them again. It runs before any other startup runner ({@code --import} imports into a seeded graph).
 */
@Component
@Order(0)
class SeedRunner extends StartupCommand {

    static final String LOAD_OPTION = "load-seeds";

    private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

    private final SeedLoader loader;
    private final SeedProperties properties;

    SeedRunner(SeedLoader loader, SeedProperties properties) {
        super(LOAD_OPTION);
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    protected void run(String option, List<String> values) {
        var files = SeedReader.files(properties.location());
        loader.load(SeedReader.read(properties.location()), SeedReader.fingerprint(files));
    }

    @Override
    protected void withoutOption() {
        if (!properties.loadOnStart()) {
            return;
        }
        var files = SeedReader.files(properties.location());
        String fingerprint = SeedReader.fingerprint(files);
        long articles = files.stream().filter(f -> f.name().startsWith("articles/")).count();
        if (loader.isLoaded(fingerprint, articles)) {
            log.info("Seed {} already loaded ({} articles, files unchanged: fingerprint {}): skipped, not read"
                    + " again", properties.location(), articles, fingerprint.substring(0, 12));
            return;
        }
        log.info("Seed {} not loaded yet, or its files changed (fingerprint {}): reading and loading it",
                properties.location(), fingerprint.substring(0, 12));
        loader.load(SeedReader.read(properties.location()), fingerprint);
    }
}
