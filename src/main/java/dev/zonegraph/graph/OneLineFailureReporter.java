package dev.zonegraph.graph;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints an analysed startup failure as one line on standard error, in place of Spring Boot's multi-line banner
 * (whose logger is switched off in application.properties).
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        String action = analysis.getAction() == null ? "" : " -> " + oneLine(analysis.getAction());
        System.err.println("zonegraph failed to start: " + oneLine(analysis.getDescription()) + action);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
