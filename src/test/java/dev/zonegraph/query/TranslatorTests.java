package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zonegraph.query.CypherRenderer.Rendered;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The translator's TCK, in the style of neo4j-graphql-java's: each case in {@code src/test/resources/translator/*.md}
 * pairs a GraphQL document (and variables) with the Cypher statement(s) and parameters the API must send for it. It
 * runs the real schema, planner and renderer with no database: the runner records each statement instead of sending
 * it. Whitespace in the expected Cypher is free. {@code -Dtranslator.update=true} rewrites the expected blocks from
 * what the translator produces (then review the diff).
 */
class TranslatorTests {

    private static final Path CASES = Path.of("src/test/resources/translator");
    private static final Pattern CASE = Pattern.compile(
            "(?ms)^### (?<title>[^\\n]+)\\n(?<body>.*?)(?=^### |\\z)");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(?<info>[a-z ]+)\\n(?<text>.*?)^```\\n");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ApiLimits LIMITS = new ApiLimits(12, 1_000_000, 100, 20, Duration.ofSeconds(10));

    private final List<Rendered> sent = new ArrayList<>();
    private final GraphQL graphql = graphql();

    @TestFactory
    Stream<DynamicTest> everyDocumentTranslatesToItsCypher() throws IOException {
        boolean update = Boolean.getBoolean("translator.update");
        List<DynamicTest> tests = new ArrayList<>();
        try (var files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher matcher = CASE.matcher(text);
                if (!matcher.find()) {
                    continue;
                }
                StringBuilder rewritten = new StringBuilder(text.substring(0, matcher.start()));
                matcher.reset();
                while (matcher.find()) {
                    var testCase = TestCase.parse(matcher.group("title"), matcher.group("body"));
                    var actual = translate(testCase);
                    rewritten.append(testCase.rewrite(actual));
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + testCase.title(), () -> {
                        assertThat(squash(actual.cypher())).isEqualTo(squash(testCase.cypher()));
                        assertThat(actual.parameters()).isEqualTo(testCase.parameters());
                    }));
                }
                if (update && !rewritten.toString().equals(text)) {
                    Files.writeString(file, rewritten, StandardCharsets.UTF_8);
                }
            }
        }
        return tests.stream();
    }

    /** Every case of every file, in order. */
    static List<TestCase> cases() throws IOException {
        List<TestCase> cases = new ArrayList<>();
        try (var files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Matcher matcher = CASE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    cases.add(TestCase.parse(file.getFileName() + ": " + matcher.group("title"), matcher.group("body")));
                }
            }
        }
        return cases;
    }

    /** The statements the API sends for a case, one per root field. */
    List<Rendered> statements(TestCase testCase) {
        sent.clear();
        graphql.execute(ExecutionInput.newExecutionInput(testCase.document()).variables(testCase.variables()).build());
        return List.copyOf(sent);
    }

    /** What the translator sends for a case: its statements (one per root field) and their parameters. */
    private Translation translate(TestCase testCase) {
        sent.clear();
        var result = graphql.execute(ExecutionInput.newExecutionInput(testCase.document())
                .variables(testCase.variables()).build());
        var errors = result.getErrors().stream().filter(e -> !e.getMessage().contains("non-null"))
                .map(e -> e.getMessage()).toList();
        List<String> cypher = new ArrayList<>(sent.stream().map(r -> pretty(r.cypher())).toList());
        cypher.addAll(errors.stream().map(e -> "// error: " + e).toList());
        Map<String, Object> parameters = new TreeMap<>();
        for (int i = 0; i < sent.size(); i++) {
            var statement = sent.get(i);
            String prefix = sent.size() == 1 ? "" : i + ".";
            statement.parameters().forEach((k, v) -> parameters.put(prefix + k, v));
        }
        return new Translation(String.join("\n;\n", cypher), canonical(parameters));
    }

    record Translation(String cypher, String parameters) {
    }

    record TestCase(String title, String document, Map<String, Object> variables, String cypher, String parameters,
            String body) {

        static TestCase parse(String title, String body) {
            String document = null;
            Map<String, Object> variables = Map.of();
            String cypher = "";
            String parameters = canonical(Map.of());
            Matcher block = BLOCK.matcher(body);
            while (block.find()) {
                String text = block.group("text");
                switch (block.group("info").strip()) {
                    case "graphql" -> document = text;
                    case "json variables" -> variables = JSON.readValue(text, Map.class);
                    case "cypher" -> cypher = text;
                    case "json parameters" -> parameters = canonical(JSON.readValue(text, Map.class));
                    default -> throw new IllegalArgumentException("unknown block " + block.group("info"));
                }
            }
            return new TestCase(title, document, variables, cypher, parameters, body);
        }

        /** The case with its expected blocks replaced by {@code actual}. */
        String rewrite(Translation actual) {
            String kept = BLOCK.matcher(body).replaceAll(m -> m.group(1).strip().equals("cypher")
                    || m.group(1).strip().equals("json parameters") ? "" : Matcher.quoteReplacement(m.group()));
            return "### " + title + "\n" + kept.stripTrailing() + "\n\n```cypher\n" + actual.cypher() + "\n```\n"
                    + "```json parameters\n" + actual.parameters() + "\n```\n\n";
        }
    }

    private static String canonical(Map<?, ?> parameters) {
        return JSON.writeValueAsString(new TreeMap<>(parameters));
    }

    private static String squash(String cypher) {
        return cypher.strip().replaceAll("\\s+", " ").replaceAll("\\s*([(){}\\[\\],:])\\s*", "$1");
    }

    /** Line breaks before the main clauses, for reading the expected Cypher. */
    private static String pretty(String cypher) {
        return cypher.replaceAll("(?<!STARTS)(?<!ENDS) (MATCH|WHERE|WITH|RETURN|CALL|UNWIND|ORDER BY|LIMIT|SKIP) ",
                "\n$1 ");
    }

    private GraphQL graphql() {
        try {
            QueryRunner recording = new QueryRunner(null, LIMITS) {
                @Override
                Object data(RequestBudget budget, Rendered statement) {
                    sent.add(statement);
                    return null;
                }
            };
            return graphql(Files.readString(Path.of("schema.graphqls"), StandardCharsets.UTF_8), recording, LIMITS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The API over the declared schema {@code sdl}, with {@code runner} in place of Neo4j. */
    static GraphQL graphql(String sdl, QueryRunner runner, ApiLimits limits) {
        var wiring = RuntimeWiring.newRuntimeWiring();
        new QueryWiring(runner, limits, sdl).configure(wiring);
        var registry = SchemaDerivation.derive(new SchemaParser().parse(sdl));
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(registry, wiring.build())).build();
    }
}
