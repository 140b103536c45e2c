package dev.zonegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The complete schema (schema.graphqls and what is derived from it, as checked in) is the contract users read in
 * GraphiQL and codegen: every type, field and value is described.
 */
class SchemaDocumentationTests {

    @Test
    void everyTypeFieldAndValueHasADescription() throws IOException {
        var registry = new SchemaParser().parse(Files.readString(SchemaDerivationTests.GENERATED));
        List<String> undocumented = new ArrayList<>();
        for (TypeDefinition<?> type : registry.types().values()) {
            check(type.getName(), descriptionOf(type), undocumented);
            if (type instanceof ObjectTypeDefinition object) {
                object.getFieldDefinitions().forEach(f -> check(type.getName() + "." + f.getName(), f.getDescription(),
                        undocumented));
            } else if (type instanceof InterfaceTypeDefinition object) {
                object.getFieldDefinitions().forEach(f -> check(type.getName() + "." + f.getName(), f.getDescription(),
                        undocumented));
            } else if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(f -> check(type.getName() + "." + f.getName(),
                        f.getDescription(), undocumented));
            } else if (type instanceof EnumTypeDefinition enumeration) {
                enumeration.getEnumValueDefinitions().forEach(v -> check(type.getName() + "." + v.getName(),
                        v.getDescription(), undocumented));
            }
        }
        registry.getDirectiveDefinitions().values().forEach(d -> check("@" + d.getName(), d.getDescription(), undocumented));
        assertThat(registry.types()).hasSizeGreaterThan(100);
        assertThat(undocumented).isEmpty();
    }

    private static Description descriptionOf(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition o) {
            return o.getDescription();
        } else if (type instanceof InterfaceTypeDefinition i) {
            return i.getDescription();
        } else if (type instanceof InputObjectTypeDefinition i) {
            return i.getDescription();
        } else if (type instanceof EnumTypeDefinition e) {
            return e.getDescription();
        }
        return null;
    }

    private static void check(String where, Description description, List<String> undocumented) {
        if (description == null || description.getContent().isBlank()) {
            undocumented.add(where);
        }
    }
}
