package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.zonegraph.support.ZonegraphIntegrationTest;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every statement of the translator's cases runs on the real Neo4j with the seed graph: what {@link TranslatorTests}
 * pins as text is also Cypher that Neo4j accepts and answers (one row, as the API reads it).
 */
@ZonegraphIntegrationTest
class TranslatorCasesOnNeo4jTests {

    @Autowired
    Driver driver;

    @TestFactory
    Stream<DynamicTest> everyCaseStatementRunsOnNeo4j() throws IOException {
        var translator = new TranslatorTests();
        return TranslatorTests.cases().stream().map(testCase -> DynamicTest.dynamicTest(testCase.title(), () -> {
            for (var statement : translator.statements(testCase)) {
                assertThatCode(() -> {
                    var rows = driver.executableQuery(statement.cypher()).withParameters(statement.parameters())
                            .execute().records();
                    assertThat(rows).hasSizeLessThanOrEqualTo(1);
                }).as(statement.cypher()).doesNotThrowAnyException();
            }
        }));
    }
}
