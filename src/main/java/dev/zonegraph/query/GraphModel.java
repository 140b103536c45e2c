package dev.zonegraph.query;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the schema says about the graph, read once from its directives: each object type's Neo4j label
 * ({@code @node}) and each relationship field's type and direction ({@code @relationship}). The filter compiler and
 * the fetchers take every label, property and relationship name from here, never from a request.
 */
final class GraphModel {

    /** The interface whose fields every entity shares; relationship targets of this type may have any entity label. */
    static final String ENTITY = "Entity";

    /** A relationship field: {@code zone.enterprises} follows LOCATED_IN inwards to Enterprise nodes. */
    record Relation(String field, String type, boolean outgoing, String targetType, boolean many, boolean connection) {
    }

    /** An object type backed by a label: its id prefix, root list name, scalar and relationship fields. */
    record NodeType(String name, String label, String idPrefix, String plural, Map<String, String> scalars,
            Map<String, Relation> relations, List<String> numbers) {
    }

    private final Map<String, NodeType> types;
    private final Map<String, String> typeByLabel;

    private GraphModel(Map<String, NodeType> types) {
        this.types = types;
        this.typeByLabel = types.values().stream().collect(Collectors.toMap(NodeType::label, NodeType::name));
    }

    static GraphModel of(GraphQLSchema schema) {
        Map<String, NodeType> types = new HashMap<>();
        for (GraphQLNamedType named : schema.getAllTypesAsList()) {
            if (!(named instanceof GraphQLObjectType object) || object.getAppliedDirective("node") == null) {
                continue;
            }
            var node = object.getAppliedDirective("node");
            String label = node.getArgument("label").getValue();
            Map<String, String> scalars = new HashMap<>();
            Map<String, Relation> relations = new HashMap<>();
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                var relationship = field.getAppliedDirective("relationship");
                if (relationship != null) {
                    GraphQLType type = unwrapNonNull(field.getType());
                    boolean many = type instanceof GraphQLList;
                    String target = ((GraphQLNamedType) unwrapAll(type)).getName();
                    boolean connection = target.endsWith("Connection");
                    if (connection) {
                        target = target.substring(0, target.length() - "Connection".length());
                    }
                    String direction = relationship.getArgument("direction").getValue().toString();
                    relations.put(field.getName(), new Relation(field.getName(),
                            relationship.getArgument("type").getValue(), direction.equals("OUT"), target,
                            many || connection, connection));
                } else if (!field.getName().equals("evidence")) {
                    scalars.put(field.getName(), ((GraphQLNamedType) unwrapAll(field.getType())).getName());
                }
            }
            GraphQLObjectType numbersType = schema.getObjectType(object.getName() + "Numbers");
            List<String> numbers = numbersType == null ? List.of()
                    : numbersType.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList();
            types.put(object.getName(), new NodeType(object.getName(), label, node.getArgument("idPrefix").getValue(),
                    node.getArgument("plural").getValue(), Map.copyOf(scalars), Map.copyOf(relations), numbers));
        }
        return new GraphModel(Map.copyOf(types));
    }

    NodeType type(String name) {
        NodeType type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no @node type " + name);
        }
        return type;
    }

    /** Whether {@code name} is an object type backed by a label (not an interface such as Node or Entity). */
    boolean isNodeType(String name) {
        return types.containsKey(name);
    }

    /** The type whose ids start with {@code prefix} and a colon, or null. */
    NodeType typeOfPrefix(String prefix) {
        return types.values().stream().filter(t -> t.idPrefix().equals(prefix)).findFirst().orElse(null);
    }

    /** The root list field of a type: Zone → zones, Person → people. */
    String pluralOf(String typeName) {
        return type(typeName).plural();
    }

    /** The label of a type, or null for {@link #ENTITY} (any entity label). */
    String labelOf(String typeName) {
        return ENTITY.equals(typeName) ? null : type(typeName).label();
    }

    /** The schema type of a node with these labels. */
    Optional<String> typeOfLabels(List<String> labels) {
        return labels.stream().map(typeByLabel::get).filter(t -> t != null).findFirst();
    }

    java.util.Collection<NodeType> types() {
        return types.values();
    }

    static GraphQLType unwrapNonNull(GraphQLType type) {
        return type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    }

    static GraphQLType unwrapAll(GraphQLType type) {
        GraphQLType t = type;
        while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
            t = t instanceof GraphQLNonNull nn ? nn.getWrappedType() : ((GraphQLList) t).getWrappedType();
        }
        return t;
    }
}
