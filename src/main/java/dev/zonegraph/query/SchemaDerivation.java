package dev.zonegraph.query;

import graphql.language.AstPrinter;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.graphql.execution.TypeDefinitionConfigurer;

/**
 * Derives the schema's generated part from the node types that {@code schema.graphqls} declares, as @neo4j/graphql
 * does: for each {@code @node} type its root lookup and connection, its {@code Where}, {@code ListFilter},
 * {@code Order}, {@code Connection}, {@code Edge}, {@code Aggregate} and {@code Numbers} types, the arguments of its
 * list relationship fields and a {@code ...Connection} field beside each relationship, and the {@code NodeType} enum;
 * the same for the {@code Entity} interface, which relationships to any kind of entity target. Adding a node type is
 * one edit of {@code schema.graphqls}.
 */
final class SchemaDerivation implements TypeDefinitionConfigurer {

    private static final Set<String> NUMERIC = Set.of("Int", "Float");

    @Override
    public void configure(TypeDefinitionRegistry registry) {
        derive(registry);
    }

    /** Adds the derived definitions to {@code registry} (which holds the declared ones) and returns it. */
    static TypeDefinitionRegistry derive(TypeDefinitionRegistry registry) {
        var sdl = new StringBuilder();
        List<ObjectTypeDefinition> nodes = registry.getTypes(ObjectTypeDefinition.class).stream()
                .filter(t -> t.hasDirective("node")).toList();
        var query = new StringBuilder("extend type Query {\n");
        var nodeTypes = new StringBuilder("\"The kinds of node search can return.\"\nenum NodeType {\n");
        for (ObjectTypeDefinition node : nodes) {
            String name = node.getName();
            String plural = ((StringValue) node.getDirectives("node").get(0).getArgument("plural").getValue())
                    .getValue();
            query.append(describe("One " + name + " by id; null if there is none.")).append("  ")
                    .append(lowerFirst(name)).append("(id: ID!): ").append(name).append('\n')
                    .append(describe(name + " nodes, filtered, sorted and paginated.")).append("  ").append(plural)
                    .append(connectionArguments(name)).append(": ").append(name).append("Connection!\n");
            nodeTypes.append(describe(name)).append("  ").append(name.toUpperCase(Locale.ROOT)).append('\n');
            registry.remove(node);
            sdl.append(nodeType(node));
            sdl.append(filterTypes(name, describedAs(node.getDescription()), node.getFieldDefinitions(), false));
            sdl.append(connectionTypes(name, roleOn(nodes, name), numbers(node.getFieldDefinitions())));
        }
        var entity = registry.getType("Entity", InterfaceTypeDefinition.class).orElseThrow();
        sdl.append(filterTypes("Entity", "entities of any type", entity.getFieldDefinitions(), true));
        sdl.append(connectionTypes("Entity", true, List.of()));
        sdl.append(query.append("}\n")).append(nodeTypes.append("}\n"));
        registry.merge(new SchemaParser().parse(sdl.toString()));
        return registry;
    }

    /** The node type with arguments on its list relationships and a connection field beside each relationship. */
    private static String nodeType(ObjectTypeDefinition node) {
        var out = new StringBuilder(describe(node.getDescription().getContent())).append("type ")
                .append(node.getName()).append(" implements ")
                .append(String.join(" & ", node.getImplements().stream().map(t -> ((TypeName) t).getName()).toList()))
                .append(' ').append(directives(node.getDirectives())).append(" {\n");
        for (FieldDefinition field : node.getFieldDefinitions()) {
            String description = field.getDescription().getContent();
            if (!field.hasDirective("relationship")) {
                out.append(describe(description)).append("  ").append(field.getName()).append(": ")
                        .append(AstPrinter.printAst(field.getType())).append('\n');
                continue;
            }
            String target = typeName(field.getType());
            boolean many = unwrapNonNull(field.getType()) instanceof ListType;
            String relationship = directives(field.getDirectives());
            String sentence = description.endsWith(".") ? description.substring(0, description.length() - 1)
                    : description;
            out.append(describe(many ? description + " A filtered, sorted list of at most `first` items (the "
                    + "maximum page size, 100 by default, when omitted; the Connection field pages further)."
                    : description)).append("  ").append(field.getName())
                    .append(many ? "(where: " + target + "Where, orderBy: [" + target + "Order!], first: Int)" : "")
                    .append(": ").append(AstPrinter.printAst(field.getType())).append(' ').append(relationship)
                    .append('\n');
            boolean role = field.getDirectives("relationship").get(0).getArgument("properties") != null;
            out.append(describe(sentence + ", as a paginated connection with the evidence of each relationship"
                    + (role ? " and the role" : "") + ", with totalCount and aggregates.")).append("  ")
                    .append(field.getName()).append("Connection").append(connectionArguments(target)).append(": ")
                    .append(target).append("Connection! ").append(relationship).append('\n');
        }
        return out.append("}\n").toString();
    }

    /** The Where, ListFilter and Order inputs of a type. */
    private static String filterTypes(String type, String what, List<FieldDefinition> fields, boolean entity) {
        var where = new StringBuilder(describe("Filter on " + what + ": every field given must hold (AND); "
                + "combine with AND, OR, NOT. Relationships filter at any depth.")).append("input ").append(type)
                .append("Where {\n")
                .append(describe("All of these filters hold.")).append("  AND: [").append(type).append("Where!]\n")
                .append(describe("At least one of these filters holds.")).append("  OR: [").append(type)
                .append("Where!]\n")
                .append(describe("This filter does not hold.")).append("  NOT: ").append(type).append("Where\n");
        var order = new StringBuilder(describe("Sort key for " + type + ": give exactly one field per entry; entries "
                + "apply in order, ties broken by id.")).append("input ").append(type).append("Order {\n");
        for (FieldDefinition field : fields) {
            String name = field.getName();
            if (name.equals("evidence")) {
                continue;
            }
            String target = typeName(field.getType());
            boolean list = unwrapNonNull(field.getType()) instanceof ListType;
            if (field.hasDirective("relationship")) {
                where.append(describe(list ? "Filter on the related `" + name + "`: some, all, none or exactly one "
                        + "of them match." : "The related `" + name + "` exists and matches this filter."))
                        .append("  ").append(name).append(": ").append(target).append(list ? "ListFilter" : "Where")
                        .append('\n');
                continue;
            }
            where.append(describe("Filter on `" + name + "`.")).append("  ").append(name).append(": ")
                    .append(list ? target + "ListFilter" : target + "Filter").append('\n');
            if (!list) {
                order.append(describe("Sort by `" + name + "`.")).append("  ").append(name)
                        .append(": SortDirection\n");
            }
        }
        if (entity) {
            where.append(describe("Filter on the node type.")).append("  type: NodeTypeFilter\n");
        }
        return where.append("}\n") + describe("Filter on a list of related " + type + " nodes.") + "input " + type
                + "ListFilter {\n"
                + describe("At least one related node matches.") + "  some: " + type + "Where\n"
                + describe("Every related node matches (true when there are none).") + "  all: " + type + "Where\n"
                + describe("No related node matches.") + "  none: " + type + "Where\n"
                + describe("Exactly one related node matches.") + "  single: " + type + "Where\n}\n"
                + order.append("}\n");
    }

    /** The Connection, Edge, Aggregate and Numbers types of a type. */
    private static String connectionTypes(String type, boolean role, List<String> numbers) {
        var out = new StringBuilder(describe("A page of " + type + " nodes (Relay connection).")).append("type ")
                .append(type).append("Connection {\n")
                .append(describe("The nodes of this page, each with its cursor.")).append("  edges: [").append(type)
                .append("Edge!]!\n")
                .append(describe("Whether more pages follow, and the cursors to get them.")).append("  pageInfo: "
                        + "PageInfo!\n")
                .append(describe("How many nodes match in all pages (computed only when selected).")).append(
                        "  totalCount: Int!\n")
                .append(describe("Count and numeric aggregates over all matching nodes, all pages (computed only "
                        + "when selected).")).append("  aggregate: ").append(type).append("Aggregate!\n}\n")
                .append(describe("One " + type + " in a connection.")).append("type ").append(type).append("Edge {\n")
                .append(describe("Opaque cursor: pass it as `after` to get the nodes that follow.")).append(
                        "  cursor: String!\n")
                .append(describe("The node.")).append("  node: ").append(type).append("!\n")
                .append(describe("Where the relationship to this node was stated (empty for root lists and reference "
                        + "data without an article).")).append("  evidence: [Evidence!]!\n");
        if (role) {
            out.append(describe("The role, on a works-for relationship (null elsewhere).")).append("  role: String\n");
        }
        out.append("}\n").append(describe("Aggregates over the " + type + " nodes of a connection.")).append("type ")
                .append(type).append("Aggregate {\n").append(describe("How many nodes match.")).append("  count: Int!\n");
        if (!numbers.isEmpty()) {
            for (String op : List.of("min:Smallest", "max:Largest", "avg:Mean", "sum:Sum")) {
                String[] parts = op.split(":");
                out.append(describe(parts[1] + " value of each numeric field over the matching nodes (nulls "
                        + "ignored).")).append("  ").append(parts[0]).append(": ").append(type).append("Numbers!\n");
            }
        }
        out.append("}\n");
        if (!numbers.isEmpty()) {
            out.append(describe("Numeric fields of " + type + ", aggregated.")).append("type ").append(type)
                    .append("Numbers {\n");
            numbers.forEach(n -> out.append(describe("Aggregate of `" + n + "`.")).append("  ").append(n)
                    .append(": Float\n"));
            out.append("}\n");
        }
        return out.toString();
    }

    /** The numeric properties of a node type that aggregates cover (not those marked {@code @notAggregated}). */
    private static List<String> numbers(List<FieldDefinition> fields) {
        return fields.stream().filter(f -> !f.hasDirective("relationship") && !f.hasDirective("notAggregated")
                        && !(unwrapNonNull(f.getType()) instanceof ListType) && NUMERIC.contains(typeName(f.getType())))
                .map(FieldDefinition::getName).toList();
    }

    /** Whether a relationship that carries a role ends at nodes of {@code type}. */
    private static boolean roleOn(List<ObjectTypeDefinition> nodes, String type) {
        return nodes.stream().flatMap(n -> n.getFieldDefinitions().stream())
                .filter(f -> f.hasDirective("relationship") && typeName(f.getType()).equals(type))
                .anyMatch(f -> f.getDirectives("relationship").get(0).getArgument("properties") != null);
    }

    private static String connectionArguments(String target) {
        return "(where: " + target + "Where, orderBy: [" + target + "Order!], first: Int, after: String)";
    }

    /** "A development zone: ..." → "a development zone: ..." for "Filter on ...". */
    private static String describedAs(Description description) {
        String text = description.getContent();
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return text.startsWith("A ") || text.startsWith("An ") || text.startsWith("The ")
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String directives(List<Directive> directives) {
        return String.join(" ", directives.stream().map(AstPrinter::printAst).toList());
    }

    private static String describe(String text) {
        return "\"\"\"" + text.replace("\"\"\"", "\\\"\"\"") + "\"\"\"\n";
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Type<?> unwrapNonNull(Type<?> type) {
        return type instanceof NonNullType nonNull ? nonNull.getType() : type;
    }

    private static String typeName(Type<?> type) {
        Type<?> t = type;
        while (!(t instanceof TypeName)) {
            t = t instanceof NonNullType nn ? nn.getType() : ((ListType) t).getType();
        }
        return ((TypeName) t).getName();
    }
}
