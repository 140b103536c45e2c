package dev.zonegraph.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Persisted queries.
 *
 * @param trustedDocuments location of a manifest of trusted documents ({@code file:/etc/zonegraph/documents.json});
 *        when set, only the documents it lists are run. Empty: any document, and Apollo's automatic persisted queries.
 * @param getMaxAge how long a client or CDN may reuse the answer to a GET query ({@code Cache-Control: max-age})
 */
@ConfigurationProperties("zonegraph.persisted-queries")
record PersistedQueryProperties(@DefaultValue("") String trustedDocuments,
        @DefaultValue("60s") java.time.Duration getMaxAge) {
}
