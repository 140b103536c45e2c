package dev.zonegraph.query;

import dev.zonegraph.query.GraphModel.NodeType;
import dev.zonegraph.query.GraphModel.Relation;
import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dataloader.BatchLoaderEnvironment;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Wires every field of the schema to the graph: lookups and root connections on {@code Query}, batched loaders for
 * relationship fields and evidence (one statement per field and level, however many parents), and plain property
 * reads for the rest. The mapping comes from the schema's {@code @node} and {@code @relationship} directives.
 */
@Component
class QueryWiring implements RuntimeWiringConfigurer {

    /** Types served by annotated controllers, not by this wiring. */
    private static final Set<String> NOT_WIRED = Set.of("GraphStats", "Count");

    private final GraphQLSchema schema;
    private final NodeQueries queries;
    private final QueryRunner runner;
    private final ApiLimits limits;

    QueryWiring(QueryRunner runner, ApiLimits limits, BatchLoaderRegistry loaders) {
        this.schema = readSchema();
        this.queries = new NodeQueries(GraphModel.of(schema), runner);
        this.runner = runner;
        this.limits = limits;
        registerLoaders(loaders);
    }

    /** A relationship field of one parent, with its arguments: the key of the batched relationship loaders. */
    record RelationKey(String parentId, Page page) {
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        GraphModel model = queries.model();
        TypeResolver byLabels = env -> {
            @SuppressWarnings("unchecked")
            var labels = (List<String>) ((Map<String, Object>) env.getObject()).get("__labels");
            return env.getSchema().getObjectType(model.typeOfLabels(labels).orElseThrow());
        };
        wiring.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(byLabels));
        wiring.type(TypeRuntimeWiring.newTypeWiring("Entity").typeResolver(byLabels));
        wiring.type("Query", type -> {
            for (NodeType node : model.types()) {
                String single = Character.toLowerCase(node.name().charAt(0)) + node.name().substring(1);
                type.dataFetcher(single, env -> queries.byId(budget(env), node.name(), env.getArgument("id")));
                type.dataFetcher(pluralOf(node.name()), env -> queries.connection(budget(env), node.name(),
                        Page.of(env, limits, limits.defaultFirst())));
            }
            type.dataFetcher("node", env -> queries.nodeById(budget(env), env.getArgument("id")));
            type.dataFetcher("search", this::search);
            return type;
        });
        for (GraphQLNamedType named : schema.getAllTypesAsList()) {
            if (!(named instanceof GraphQLObjectType object) || named.getName().startsWith("__")
                    || named.getName().equals("Query") || NOT_WIRED.contains(named.getName())) {
                continue;
            }
            NodeType node = model.types().stream().filter(t -> t.name().equals(object.getName())).findFirst()
                    .orElse(null);
            wiring.type(object.getName(), type -> {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    type.dataFetcher(field.getName(), fetcher(object.getName(), node, field.getName()));
                }
                return type;
            });
        }
    }

    private DataFetcher<?> fetcher(String typeName, NodeType node, String field) {
        if (node != null && node.relations().containsKey(field)) {
            return relation(node, node.relations().get(field));
        }
        if (node != null && field.equals("evidence")) {
            return env -> env.getDataLoader("evidence:" + typeName).load(id(env));
        }
        if (typeName.equals("Evidence") && field.equals("article")) {
            return env -> {
                String source = (String) source(env).get("source");
                return source.startsWith("article:") ? env.getDataLoader("article").load(source) : null;
            };
        }
        if (field.equals("aliases")) {
            return env -> source(env).getOrDefault("aliases", List.of());
        }
        return env -> source(env).get(field);
    }

    private DataFetcher<?> relation(NodeType parent, Relation relation) {
        String loader = "relation:" + parent.name() + "." + relation.field();
        return env -> {
            int defaultFirst = relation.connection() ? limits.defaultFirst() : relation.many() ? limits.maxFirst() : 1;
            var page = Page.of(env, limits, defaultFirst);
            return env.<RelationKey, Map<String, Object>>getDataLoader(loader)
                    .load(new RelationKey(id(env), page))
                    .thenApply(connection -> {
                        if (relation.connection()) {
                            return connection;
                        }
                        @SuppressWarnings("unchecked")
                        var nodes = ((List<Map<String, Object>>) connection.get("edges")).stream()
                                .map(e -> e.get("node")).toList();
                        return relation.many() ? nodes : nodes.stream().findFirst().orElse(null);
                    });
        };
    }

    private void registerLoaders(BatchLoaderRegistry loaders) {
        for (NodeType node : queries.model().types()) {
            for (Relation relation : node.relations().values()) {
                loaders.<RelationKey, Map<String, Object>>forName("relation:" + node.name() + "." + relation.field())
                        .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
                            Map<RelationKey, Map<String, Object>> result = new HashMap<>();
                            var byPage = keys.stream().collect(Collectors.groupingBy(RelationKey::page));
                            byPage.forEach((page, sameArguments) -> {
                                var rows = queries.related(budget(env), node.name(), relation,
                                        sameArguments.stream().map(RelationKey::parentId).toList(), page);
                                for (RelationKey key : sameArguments) {
                                    result.put(key, rows.getOrDefault(key.parentId(), emptyConnection(page)));
                                }
                            });
                            return result;
                        }));
            }
            if (!node.label().equals("Article")) {
                loaders.<String, List<Map<String, Object>>>forName("evidence:" + node.name())
                        .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
                            var found = queries.evidence(budget(env), node.name(), ids);
                            Map<String, List<Map<String, Object>>> result = new HashMap<>();
                            ids.forEach(id -> result.put(id, found.getOrDefault(id, List.of())));
                            return result;
                        }));
            }
        }
        loaders.<String, Map<String, Object>>forName("article")
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> queries.articles(budget(env), ids)));
    }

    private static Map<String, Object> emptyConnection(Page page) {
        Map<String, Object> totals = page.count() || page.aggregate() ? Map.of("count", 0L) : Map.of();
        return Connections.of(List.of(), page, totals, List.of());
    }

    private Object search(DataFetchingEnvironment env) {
        String text = env.getArgument("text");
        if (text == null || text.isBlank()) {
            throw new ApiException("'text' on Query.search must not be blank", "text");
        }
        Integer first = env.getArgument("first");
        if (first == null) {
            throw new ApiException("'first' on Query.search must not be null", "first");
        }
        Page.checkFirst("Query.search", first, limits);
        List<?> types = env.getArgument("types");
        List<String> labels = types == null ? null : types.stream().map(WhereCompiler::label).toList();
        return queries.search(budget(env), text, labels, first);
    }

    private RequestBudget budget(DataFetchingEnvironment env) {
        return runner.budget(env.getGraphQlContext());
    }

    private RequestBudget budget(BatchLoaderEnvironment env) {
        return runner.budget(env.getContext() instanceof GraphQLContext context ? context
                : GraphQLContext.newContext().build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(DataFetchingEnvironment env) {
        return (Map<String, Object>) env.getSource();
    }

    private static String id(DataFetchingEnvironment env) {
        return (String) source(env).get("id");
    }

    /** The root list field of a type: Zone → zones, Policy → policies, Person → people. */
    static String pluralOf(String typeName) {
        return switch (typeName) {
            case "Person" -> "people";
            case "Policy" -> "policies";
            case "Industry" -> "industries";
            default -> Character.toLowerCase(typeName.charAt(0)) + typeName.substring(1) + "s";
        };
    }

    private static GraphQLSchema readSchema() {
        try (InputStream in = QueryWiring.class.getResourceAsStream("/graphql/schema.graphqls")) {
            if (in == null) {
                throw new IllegalStateException("schema.graphqls is missing from the classpath");
            }
            var registry = new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
