package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated part of the schema comes from the node types of {@code schema.graphqls}: the complete SDL is checked
 * in as {@code schema.generated.graphqls} for codegen and review (rewrite it with {@code -Dschema.update=true}), and a
 * node type added in a schema alone is served with no Java change.
 */
class SchemaDerivationTests {

    static final Path DECLARED = Path.of("schema.graphqls");
    static final Path GENERATED = Path.of("schema.generated.graphqls");

    /** The complete schema as codegen sees it. */
    static String print(String declared) {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                SchemaDerivation.derive(new SchemaParser().parse(declared)));
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(true)
                .includeScalarTypes(false)).print(schema);
    }

    @Test
    void generatedSchemaIsCheckedInAndCurrent() throws IOException {
        String printed = print(Files.readString(DECLARED, StandardCharsets.UTF_8));
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(GENERATED, printed, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(GENERATED, StandardCharsets.UTF_8))
                .as("schema.generated.graphqls is stale: run ./mvnw test -Dtest=SchemaDerivationTests -Dschema.update=true")
                .isEqualTo(printed);
    }

    @Test
    void everyNodeTypeGetsItsRootFieldsFiltersAndConnections() throws IOException {
        String printed = print(Files.readString(DECLARED, StandardCharsets.UTF_8));
        assertThat(printed).contains("zones(after: String, first: Int, orderBy: [ZoneOrder!], where: ZoneWhere): "
                        + "ZoneConnection!", "enterprisesConnection(after: String, first: Int, orderBy: "
                        + "[EnterpriseOrder!], where: EnterpriseWhere): EnterpriseConnection!", "input AwardListFilter",
                "type IndicatorNumbers", "type PersonEdge", "role: String", "input EntityWhere");
        assertThat(printed).doesNotContain("ArticleNumbers");
    }

    @Test
    void aNodeTypeAddedInTheSchemaIsServedWithNoJavaChange() throws IOException {
        String park = """

                "An industrial park inside a zone."
                type Park implements Entity & Node @node(label: "Park", idPrefix: "park", plural: "parks") {
                    "Stable, readable identifier."
                    id: ID!
                    "The name as written in the source."
                    name: String!
                    "Other forms of the name."
                    aliases: [String!]!
                    "English name."
                    nameEn: String
                    "Area in mu."
                    area: Float
                    "Every article that mentions this node, with the exact quote."
                    evidence: [Evidence!]!
                    "The zones the park lies in."
                    zones: [Zone!]! @relationship(type: "PART_OF", direction: OUT)
                }
                """;
        String sdl = Files.readString(DECLARED, StandardCharsets.UTF_8) + park;
        assertThat(print(sdl)).contains("parks(after: String, first: Int, orderBy: [ParkOrder!], where: ParkWhere)",
                "type ParkNumbers", "PARK", "input ParkListFilter");

        List<CypherRenderer.Rendered> sent = new ArrayList<>();
        var limits = new ApiLimits(12, 1_000_000, 100, 20, Duration.ofSeconds(10));
        var graphql = TranslatorTests.graphql(sdl, new QueryRunner(null, limits) {
            @Override
            Object data(RequestBudget budget, CypherRenderer.Rendered statement) {
                sent.add(statement);
                return null;
            }
        }, limits);
        var result = graphql.execute("""
                { parks(where: { zones: { some: { level: { eq: NATIONAL } } } }, first: 3) {
                    totalCount aggregate { max { area } } edges { node { name zonesConnection { totalCount } } } }
                  node(id: "park:1") { ... on Park { area } } }""");

        assertThat(result.getErrors()).allMatch(e -> e.getMessage().contains("non-null"));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).cypher()).contains("MATCH (n0:`Park`)-[:`PART_OF`]->(n1:`Zone` {level: $p1})",
                "max(n0.area)", "zonesConnection");
        assertThat(sent.get(1).cypher()).startsWith("MATCH (n0:`Park` {id: $p0})");
    }
}
