package dev.zonegraph.console;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from a statement's EXPLAIN plan whether the console may run it: the plan must be READ_ONLY, and may
 * neither read files or URLs (LOAD CSV), nor call a procedure outside a short read-only list, nor run
 * administration or transaction-management commands. The read transaction the statement then runs in is a second
 * guard: Neo4j refuses writes in it whatever the plan said.
 */
final class ReadOnlyCheck {

    /** Procedures that only read the graph or its schema. */
    static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "dbms.components");

    /** SHOW commands that only describe this database's schema and code. */
    private static final Set<String> ALLOWED_SHOW = Set.of("ShowIndexes", "ShowConstraints", "ShowFunctions",
            "ShowProcedures");

    private static final Pattern USE_CLAUSE = Pattern.compile("(?i)(^|\\{)\\s*USE\\b");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([A-Za-z_][\\w.]*)\\s*\\(");

    private ReadOnlyCheck() {
    }

    /** Why the statement text alone is refused, if it is: only the USE clause, which names another database. */
    static Optional<String> textProblem(String statement) {
        if (USE_CLAUSE.matcher(COMMENTS.matcher(statement).replaceAll(" ")).find()) {
            return Optional.of("USE is not allowed: the console only queries the zonegraph database");
        }
        return Optional.empty();
    }

    /** Why the planned statement is refused, if it is: the named reasons (files, procedures, admin) first. */
    static Optional<String> planProblem(ResultSummary explained) {
        var pending = new ArrayDeque<Plan>();
        if (explained.hasPlan()) {
            pending.add(explained.plan());
        }
        while (!pending.isEmpty()) {
            Plan plan = pending.poll();
            String operator = plan.operatorType().replaceFirst("@.*$", "");
            if (operator.contains("LoadCSV")) {
                return Optional.of("LOAD CSV is not allowed: the console does not read files or URLs");
            }
            if (operator.contains("ProcedureCall")) {
                String procedure = procedureName(plan);
                if (!ALLOWED_PROCEDURES.contains(procedure)) {
                    return Optional.of("procedure " + procedure + " is not allowed; the console may call "
                            + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList()));
                }
            }
            if (operator.startsWith("Show") && !ALLOWED_SHOW.contains(operator)
                    || operator.startsWith("Terminate") || operator.contains("Administration")) {
                return Optional.of(operator + " is not allowed: the console does not run administration commands");
            }
            pending.addAll(plan.children());
        }
        if (explained.queryType() != QueryType.READ_ONLY) {
            return Optional.of("the statement is not read-only (Neo4j plans it as " + explained.queryType()
                    + "); the console only reads");
        }
        return Optional.empty();
    }

    private static String procedureName(Plan plan) {
        var details = plan.arguments().get("Details");
        String text = details == null ? "" : details.asString();
        var matcher = PROCEDURE_NAME.matcher(text);
        return matcher.find() ? matcher.group(1) : "(unknown: " + text + ")";
    }
}
