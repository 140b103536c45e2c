package dev.zonegraph.console;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.LinkedHashMap;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /cypher}: the read-only Cypher console. Takes {@code {"statement": "...", "parameters": {...}}} and
 * answers rows as JSON, or as CSV with {@code Accept: text/csv} or {@code ?format=csv}. A refused statement is 403, a
 * statement Neo4j rejects or fails is 400 with Neo4j's code, message and an error id, a statement past the time limit
 * is 408, and Neo4j out of reach is 503.
 */
@RestController
class ConsoleController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CypherConsole console;
    private final MeterRegistry registry;

    ConsoleController(CypherConsole console, MeterRegistry registry) {
        this.console = console;
        this.registry = registry;
    }

    /** The request body: a statement and its parameters. */
    record ConsoleRequest(String statement, Map<String, Object> parameters) {
    }

    @PostMapping(path = "/cypher", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> run(@RequestBody ConsoleRequest request,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        var sample = Timer.start(registry);
        var outcome = console.run(request.statement(), request.parameters() == null ? Map.of() : request.parameters());
        sample.stop(Timer.builder("zonegraph.console.statements").description("console statements, by outcome")
                .tag("outcome", outcome(outcome)).register(registry));
        boolean csv = "csv".equalsIgnoreCase(format) || accept != null && accept.contains("text/csv");
        if (outcome instanceof ConsoleOutcome.Rows rows) {
            if (!csv) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body(rows));
            }
            var response = ResponseEntity.ok().contentType(CSV)
                    .header("X-Zonegraph-Truncated", Boolean.toString(rows.truncated()));
            if (rows.truncated()) {
                response.header("X-Zonegraph-Truncated-By", rows.truncatedBy());
            }
            return response.body(Csv.write(rows.columns(), rows.rows()));
        }
        if (outcome instanceof ConsoleOutcome.Refused refused) {
            return error(HttpStatus.FORBIDDEN, "refused", refused.reason(), null);
        }
        if (outcome instanceof ConsoleOutcome.Invalid invalid) {
            return error(HttpStatus.BAD_REQUEST, invalid.code(), invalid.message(), invalid.errorId());
        }
        if (outcome instanceof ConsoleOutcome.Unavailable unavailable) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", unavailable.message(), unavailable.errorId());
        }
        var timedOut = (ConsoleOutcome.TimedOut) outcome;
        return error(HttpStatus.REQUEST_TIMEOUT, "timeout", "the statement ran longer than " + timedOut.limitMs()
                + " ms and was cancelled; raise zonegraph.console.timeout", null);
    }

    private static String outcome(ConsoleOutcome outcome) {
        if (outcome instanceof ConsoleOutcome.Rows) {
            return "rows";
        }
        if (outcome instanceof ConsoleOutcome.Refused) {
            return "refused";
        }
        if (outcome instanceof ConsoleOutcome.Invalid) {
            return "invalid";
        }
        return outcome instanceof ConsoleOutcome.Unavailable ? "unavailable" : "timeout";
    }

    private static Map<String, Object> body(ConsoleOutcome.Rows rows) {
        var body = new LinkedHashMap<String, Object>();
        body.put("columns", rows.columns());
        body.put("rows", rows.rows());
        body.put("rowCount", rows.rows().size());
        body.put("truncated", rows.truncated());
        if (rows.truncated()) {
            body.put("truncatedBy", rows.truncatedBy());
        }
        body.put("elapsedMs", rows.elapsedMs());
        return body;
    }

    /** An error body: its code and message, and the id it is logged under when there is more to it than this. */
    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message,
            String errorId) {
        var error = new LinkedHashMap<String, Object>();
        error.put("code", code);
        error.put("message", message);
        if (errorId != null) {
            error.put("errorId", errorId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", error));
    }

}
