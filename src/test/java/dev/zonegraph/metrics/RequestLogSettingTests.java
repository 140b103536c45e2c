package dev.zonegraph.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

/** {@code zonegraph.metrics.request-log=false} silences the request log and keeps the meters. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogSettingTests {

    @Test
    void requestLogCanBeTurnedOff(CapturedOutput output) {
        var registry = new SimpleMeterRegistry();
        var properties = new MetricsProperties(false, 10);

        new RequestMeters(registry, new OperationNames(properties), properties)
                .intercept(request("query SilentProbe { a }"), RequestLogSettingTests::answer).block();

        assertThat(output.getAll()).doesNotContain("SilentProbe", "graphql operation=");
        assertThat(registry.get("zonegraph.graphql.statements").summary().count()).isEqualTo(1);
    }

    @Test
    void requestLogIsOnByDefault(CapturedOutput output) {
        var properties = new MetricsProperties(true, 10);

        new RequestMeters(new SimpleMeterRegistry(), new OperationNames(properties), properties)
                .intercept(request("{ a }"), RequestLogSettingTests::answer).block();

        assertThat(output.getAll()).contains("graphql operation=none", "statements=2");
    }

    private static WebGraphQlRequest request(String document) {
        return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
                new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", document), "1", Locale.ROOT);
    }

    private static Mono<WebGraphQlResponse> answer(WebGraphQlRequest request) {
        var result = ExecutionResult.newExecutionResult().data(Map.of("a", 1))
                .extensions(Map.of("zonegraph", Map.of("statements", 2))).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }
}
