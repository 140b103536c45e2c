package dev.zonegraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests: what a browser or frontend sends, nothing Spring-specific. */
public final class Http {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> headers;

    public Http(int port) {
        this("http://127.0.0.1:" + port, Map.of());
    }

    private Http(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** A client that adds these headers to every request, for example {@link Credentials#CURATOR}. */
    public Http withHeaders(Map<String, String> added) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.putAll(added);
        return new Http(base, Map.copyOf(all));
    }

    /** A response with its body as text. */
    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return Http.json.readTree(body);
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends any request, for protocol checks (CORS preflight, methods). */
    public Reply send(String method, String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request);
    }

    /** POSTs a GraphQL document (and variables) as JSON to /graphql. */
    public Reply graphql(String document, Map<String, Object> variables) {
        String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
        return send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply graphql(String document) {
        return graphql(document, Map.of());
    }

    private Reply send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            var response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
