package dev.zonegraph.proposal;

import dev.zonegraph.extract.Extractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The one extractor of the process: its HanLP dictionaries and lexicon load once, on the first {@code proposeFacts}
 * (lazily, so a service that never proposes never holds them in its heap), and every later request shares it.
 */
@Configuration(proxyBeanMethods = false)
class ExtractorConfiguration {

    @Bean
    @Lazy
    Extractor extractor() {
        return new Extractor();
    }
}
