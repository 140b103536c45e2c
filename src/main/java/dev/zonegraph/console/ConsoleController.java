package dev.zonegraph.console;

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
 * statement Neo4j rejects is 400 with Neo4j's message, a statement past the time limit is 408.
 */
@RestController
class ConsoleController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CypherConsole console;

    ConsoleController(CypherConsole console) {
        this.console = console;
    }

    /** The request body: a statement and its parameters. */
    record ConsoleRequest(String statement, Map<String, Object> parameters) {
    }

    @PostMapping(path = "/cypher", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> run(@RequestBody ConsoleRequest request,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        var outcome = console.run(request.statement(), request.parameters() == null ? Map.of() : request.parameters());
        boolean csv = "csv".equalsIgnoreCase(format) || accept != null && accept.contains("text/csv");
        if (outcome instanceof ConsoleOutcome.Rows rows) {
            return csv ? ResponseEntity.ok().contentType(CSV)
                    .header("X-Zonegraph-Truncated", Boolean.toString(rows.truncated()))
                    .body(Csv.write(rows.columns(), rows.rows()))
                    : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body(rows));
        }
        if (outcome instanceof ConsoleOutcome.Refused refused) {
            return error(HttpStatus.FORBIDDEN, "refused", refused.reason());
        }
        if (outcome instanceof ConsoleOutcome.Invalid invalid) {
            return error(HttpStatus.BAD_REQUEST, invalid.code(), invalid.message());
        }
        var timedOut = (ConsoleOutcome.TimedOut) outcome;
        return error(HttpStatus.REQUEST_TIMEOUT, "timeout",
                "the statement ran longer than " + timedOut.limitMs() + " ms and was cancelled");
    }

    private static Map<String, Object> body(ConsoleOutcome.Rows rows) {
        var body = new LinkedHashMap<String, Object>();
        body.put("columns", rows.columns());
        body.put("rows", rows.rows());
        body.put("rowCount", rows.rows().size());
        body.put("truncated", rows.truncated());
        body.put("elapsedMs", rows.elapsedMs());
        return body;
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", Map.of("code", code == null ? "unknown" : code, "message", message)));
    }

}
