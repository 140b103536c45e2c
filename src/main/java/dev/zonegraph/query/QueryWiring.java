package dev.zonegraph.query;

import dev.zonegraph.query.GraphModel.NodeType;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the schema to the graph: each root field plans its whole selection and runs it as one statement
 * ({@link Planner}, {@link CypherRenderer}); every field below reads the answer by its result key, and connections
 * turn their fetched page into edges, page info and cursors ({@link ConnectionFields}). The mapping comes from the
 * schema's {@code @node} and {@code @relationship} directives.
 */
@Component
class QueryWiring implements RuntimeWiringConfigurer {

    /** Types read by field name from maps made here, not wired by result key. */
    private static final Set<String> NOT_WIRED = Set.of("PageInfo");

    private final GraphQLSchema schema;
    private final Planner planner;
    private final StatementCache statements;
    private final QueryRunner runner;
    private final ApiLimits limits;

    @Autowired
    QueryWiring(QueryRunner runner, ApiLimits limits) {
        this(runner, limits, readSchema());
    }

    /** The wiring of {@code sdl}, the declared schema (its generated part is derived here). */
    QueryWiring(QueryRunner runner, ApiLimits limits, String sdl) {
        this.schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                SchemaDerivation.derive(new SchemaParser().parse(sdl)));
        GraphModel model = GraphModel.of(schema);
        this.planner = new Planner(model, limits);
        this.statements = new StatementCache(new CypherRenderer(model));
        this.runner = runner;
        this.limits = limits;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        GraphModel model = planner.model();
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
                type.dataFetcher(single, env -> run(env,
                        planner.lookup(node.name(), env.getArgument("id"), env.getSelectionSet())));
                type.dataFetcher(node.plural(), env -> run(env,
                        planner.connection(node.name(), env.getArguments(), env.getSelectionSet())));
            }
            type.dataFetcher("node", env -> run(env, planner.anyNode(env.getArgument("id"), env.getSelectionSet())));
            type.dataFetcher("search", this::search);
            return type;
        });
        // Trivial: Spring neither wraps nor observes these per field (they only read what the statement returned).
        TrivialDataFetcher<Object> byResultKey = env -> source(env).get(env.getField().getResultKey());
        Set<String> served = reachableFromRootFields(model);
        for (GraphQLNamedType named : schema.getAllTypesAsList()) {
            if (!(named instanceof GraphQLObjectType object) || !served.contains(named.getName())
                    || NOT_WIRED.contains(named.getName())) {
                continue;
            }
            wiring.type(object.getName(), type -> {
                object.getFieldDefinitions().forEach(field -> type.dataFetcher(field.getName(),
                        fetcher(object.getName(), field.getName(), byResultKey)));
                return type;
            });
        }
    }

    /**
     * The types the root fields wired here can return, at any depth: only these read the statement's answer by
     * result key. Other fields (annotated controllers: stats, mutations, history) return their own objects.
     */
    private Set<String> reachableFromRootFields(GraphModel model) {
        var roots = new ArrayList<String>(List.of("node", "search"));
        for (NodeType node : model.types()) {
            roots.add(Character.toLowerCase(node.name().charAt(0)) + node.name().substring(1));
            roots.add(node.plural());
        }
        var seen = new HashSet<String>();
        var pending = new ArrayDeque<GraphQLNamedType>();
        roots.forEach(root -> pending.add((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(
                schema.getQueryType().getFieldDefinition(root).getType())));
        while (!pending.isEmpty()) {
            GraphQLNamedType type = pending.poll();
            if (!seen.add(type.getName())) {
                continue;
            }
            if (type instanceof GraphQLInterfaceType iface) {
                pending.addAll(schema.getImplementations(iface));
            }
            if (type instanceof GraphQLFieldsContainer container) {
                container.getFieldDefinitions().forEach(f -> pending.add((GraphQLNamedType) GraphQLTypeUtil
                        .unwrapAll(f.getType())));
            }
        }
        return seen;
    }

    /** Connections and edges compute a few fields from what was fetched; everything else is read by result key. */
    private static TrivialDataFetcher<?> fetcher(String typeName, String field, TrivialDataFetcher<Object> byResultKey) {
        if (typeName.endsWith("Connection")) {
            switch (field) {
                case "edges":
                    return ConnectionFields::edges;
                case "pageInfo":
                    return ConnectionFields::pageInfo;
                case "totalCount", "aggregate":
                    return ConnectionFields::totals;
                default:
                    break;
            }
        }
        return typeName.endsWith("Edge") && field.equals("cursor") ? ConnectionFields::cursor : byResultKey;
    }

    private Object run(DataFetchingEnvironment env, Plan plan) {
        return plan == null ? null : runner.data(runner.budget(env.getGraphQlContext()), statements.render(plan));
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
        Planner.checkFirst("Query.search", first, limits);
        List<?> types = env.getArgument("types");
        List<String> labels = types == null ? null : types.stream().map(FilterParser::label).toList();
        return run(env, planner.search(text, labels, first, env.getSelectionSet()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(DataFetchingEnvironment env) {
        return (Map<String, Object>) env.getSource();
    }

    private static String readSchema() {
        try (InputStream in = QueryWiring.class.getResourceAsStream("/graphql/schema.graphqls")) {
            if (in == null) {
                throw new IllegalStateException("schema.graphqls is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
