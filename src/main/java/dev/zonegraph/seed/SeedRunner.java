package dev.zonegraph.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the seed when the service starts on a database that lacks any of its articles (empty, or a first load that
 * was interrupted: each article is its own transaction, and loading again is idempotent), or on demand with
 * {@code --load-seeds} (then the service loads, prints the summary and exits; see {@code ZonegraphApplication}).
 */
@Component
class SeedRunner implements ApplicationRunner {

    static final String LOAD_OPTION = "load-seeds";

    private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

    private final SeedLoader loader;
    private final SeedProperties properties;

    SeedRunner(SeedLoader loader, SeedProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(LOAD_OPTION)) {
            loader.load(SeedReader.read(properties.location()));
        } else if (properties.loadOnStart()) {
            Seed seed = SeedReader.read(properties.location());
            if (loader.isIncomplete(seed)) {
                log.info("The graph lacks articles of the seed: loading it from {}", properties.location());
                loader.load(seed);
            }
        }
    }
}
