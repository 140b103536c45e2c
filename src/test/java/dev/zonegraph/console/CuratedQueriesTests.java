package dev.zonegraph.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.support.Http;
import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Every query in cypher/queries runs through the console and answers with the columns its header promises. */
@ZonegraphIntegrationTest
class CuratedQueriesTests {

    static final Path QUERIES = Path.of("cypher/queries");
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Stream<Path> queries() throws IOException {
        try (var files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastTwelve() throws IOException {
        assertThat(queries().count()).isGreaterThanOrEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void answersWithTheColumnsItsHeaderNames(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(header(text, "Question")).isNotBlank();
        assertThat(header(text, "Parameters")).isNotBlank();
        List<String> columns = Arrays.stream(header(text, "Columns").split(",")).map(String::strip).toList();
        String example = header(text, "Example");
        Map<String, Object> parameters = example == null ? Map.of()
                : json.readValue(example, new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });

        var reply = http.post("/cypher", "application/json",
                json.writeValueAsString(Map.of("statement", text, "parameters", parameters)));

        assertThat(reply.status()).as(file + ": " + reply.body()).isEqualTo(200);
        var body = reply.json();
        assertThat(body.get("columns").valueStream().map(c -> c.asString())).as(file.toString())
                .containsExactlyElementsOf(columns);
        assertThat(body.get("rowCount").asInt()).as(file + " returns rows").isPositive();
        // The first column names what each row is about; optional columns (a qualifier, a date) may be empty.
        assertThat(body.get("rows").valueStream().allMatch(r -> !r.get(columns.get(0)).isNull()))
                .as("%s: every row has its first column", file).isTrue();
        long filledColumns = columns.stream()
                .filter(c -> body.get("rows").valueStream().anyMatch(r -> !r.get(c).isNull())).count();
        assertThat(filledColumns).as("%s: columns with values", file).isGreaterThan(columns.size() / 2);
    }

    private static String header(String text, String name) {
        return text.lines().filter(l -> l.startsWith("// " + name + ":")).findFirst()
                .map(l -> l.substring(("// " + name + ":").length()).strip()).orElse(null);
    }
}
