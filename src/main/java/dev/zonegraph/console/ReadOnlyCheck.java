package dev.zonegraph.console;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from the parsed statement (no USE, no LOAD CSV, only allowed procedures) and then from its EXPLAIN plan
 * whether the console may run it: the plan must be READ_ONLY (or only call an allowed DBMS procedure), and may
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

    /** Allowed procedures that Neo4j plans as SCHEMA_WRITE because they run in DBMS mode, though they only read. */
    private static final Set<String> DBMS_READS = Set.of("dbms.components");

    private static final String LOAD_CSV = "LOAD CSV is not allowed: the console does not read files or URLs";
    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([A-Za-z_][\\w.]*)\\s*\\(");

    private ReadOnlyCheck() {
    }

    /**
     * Why the parsed statement is refused, if it is: a USE clause (another database), LOAD CSV (files and URLs), or a
     * procedure outside the allowed list, wherever they stand in it.
     */
    static Optional<String> parsedProblem(ParsedStatement parsed) {
        if (!parsed.uses().isEmpty()) {
            return Optional.of("USE is not allowed: the console only queries the zonegraph database");
        }
        if (parsed.loadsCsv()) {
            return Optional.of(LOAD_CSV);
        }
        return parsed.procedures().stream().filter(p -> !ALLOWED_PROCEDURES.contains(p)).findFirst()
                .map(ReadOnlyCheck::procedureRefused);
    }

    /** Why the planned statement is refused, if it is: the named reasons (files, procedures, admin) first. */
    static Optional<String> planProblem(ResultSummary explained) {
        var pending = new ArrayDeque<Plan>();
        boolean dbmsRead = false;
        if (explained.hasPlan()) {
            pending.add(explained.plan());
        }
        while (!pending.isEmpty()) {
            Plan plan = pending.poll();
            String operator = plan.operatorType().replaceFirst("@.*$", "");
            if (operator.contains("LoadCSV")) {
                return Optional.of(LOAD_CSV);
            }
            if (operator.contains("ProcedureCall")) {
                String procedure = procedureName(plan);
                if (!ALLOWED_PROCEDURES.contains(procedure)) {
                    return Optional.of(procedureRefused(procedure));
                }
                dbmsRead |= DBMS_READS.contains(procedure);
            }
            if (operator.startsWith("Show") && !ALLOWED_SHOW.contains(operator)
                    || operator.startsWith("Terminate") || operator.contains("Administration")) {
                return Optional.of(operator + " is not allowed: the console does not run administration commands");
            }
            pending.addAll(plan.children());
        }
        boolean readOnly = explained.queryType() == QueryType.READ_ONLY
                || explained.queryType() == QueryType.SCHEMA_WRITE && dbmsRead;
        if (!readOnly) {
            return Optional.of("the statement is not read-only (Neo4j plans it as " + explained.queryType()
                    + "); the console only reads");
        }
        return Optional.empty();
    }

    private static String procedureRefused(String procedure) {
        return "procedure " + procedure + " is not allowed; the console may call "
                + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList());
    }

    private static String procedureName(Plan plan) {
        var details = plan.arguments().get("Details");
        String text = details == null ? "" : details.asString();
        var matcher = PROCEDURE_NAME.matcher(text);
        return matcher.find() ? matcher.group(1) : "(unknown: " + text + ")";
    }
}
