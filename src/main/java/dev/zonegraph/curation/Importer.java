package dev.zonegraph.curation;

import dev.zonegraph.seed.Problem;
import dev.zonegraph.seed.SeedException;
import dev.zonegraph.seed.GraphWrites;
import dev.zonegraph.seed.SourceFiles;
import dev.zonegraph.seed.SourceFiles.SourceFile;
import dev.zonegraph.seed.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.TransactionContext;

/**
 * Imports article and facts files inside one write transaction: reference regions first, then every article, then
 * every facts file, each through the same write path as the mutations ({@link FactsWriter}) and recorded as a change
 * through {@code import:<file>}. Facts files may refer to each other's entities in any order: a file refused only for
 * ids not in the graph yet is tried again once the others are in. A problem in any file rolls everything back.
 */
final class Importer {

    /** What an import did, one line per file; or, when refused, every problem as {@code file:line:column: message}. */
    record Outcome(List<String> lines, List<String> problems) {
    }

    /** Thrown inside the transaction so that nothing of a refused import is committed. */
    static final class Refused extends RuntimeException {

        final List<String> problems;

        Refused(List<String> problems) {
            super(problems.size() + " problem(s) in the files; nothing was imported");
            this.problems = problems;
        }
    }

    private Importer() {
    }

    static Outcome run(TransactionContext tx, History history, List<SourceFile> files, String principal) {
        String page = files.stream().filter(f -> f.name().endsWith("page.txt")).map(SourceFile::text).findFirst()
                .orElse(null);
        var problems = new ArrayList<String>();
        var references = new ArrayList<YamlDocument>();
        var articles = new ArrayList<YamlDocument>();
        var facts = new ArrayList<YamlDocument>();
        for (SourceFile file : files.stream().filter(f -> f.name().endsWith(".yaml")).toList()) {
            try {
                var document = YamlDocument.parse(file.name(), file.text());
                switch (SourceFiles.kindOf(document)) {
                    case ARTICLE -> articles.add(document);
                    case FACTS -> facts.add(document);
                    case REFERENCE -> references.add(document);
                    default -> problems.add(document.locate(List.of()) + ": neither an article nor a facts file");
                }
            } catch (SeedException e) {
                problems.addAll(e.problems());
            }
        }
        var lines = new ArrayList<String>();
        for (YamlDocument document : references) {
            writeReference(tx, history, document, principal, lines, problems);
        }
        for (YamlDocument document : articles) {
            var writer = new FactsWriter(tx, history);
            report(document, writer.addArticle(document.map(), page, provenance(principal, document)), lines,
                    problems);
        }
        var pending = new ArrayList<>(facts);
        while (!pending.isEmpty()) {
            var waiting = new ArrayList<YamlDocument>();
            for (YamlDocument document : pending) {
                var result = new FactsWriter(tx, history).assertFacts(document.map(), provenance(principal, document));
                if (result instanceof CurationResult.Refused refused && refused.problems().stream()
                        .allMatch(p -> p.code() == Problem.Code.UNKNOWN_ID)) {
                    waiting.add(document);
                } else {
                    report(document, result, lines, problems);
                }
            }
            if (waiting.size() == pending.size()) {
                waiting.forEach(document -> report(document, new FactsWriter(tx, history).assertFacts(document.map(),
                        provenance(principal, document)), lines, problems));
                break;
            }
            pending = waiting;
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Outcome(lines, List.of());
    }

    /** Reference regions: written as the seed loader writes them (they cite a standard, not an article). */
    private static void writeReference(TransactionContext tx, History history, YamlDocument document, String principal,
            List<String> lines, List<String> problems) {
        int before = problems.size();
        var reference = SourceFiles.Reference.read(document, problems);
        if (problems.size() > before) {
            return;
        }
        var labels = new java.util.LinkedHashMap<String, String>();
        reference.nodes().forEach(n -> labels.put(n.id(), n.label()));
        GraphWrites.mergeReferenceNodes(tx, reference.nodes());
        GraphWrites.mergeLinks(tx, reference.links(), labels);
        var change = history.record(tx, provenance(principal, document), labels, reference.links().size(), List.of());
        lines.add(document.file() + ": " + reference.nodes().size() + " reference regions, " + change.id());
    }

    private static Provenance provenance(String principal, YamlDocument document) {
        return new Provenance(principal, "import:" + document.file(), "imported from " + document.file());
    }

    private static void report(YamlDocument document, CurationResult result, List<String> lines,
            List<String> problems) {
        if (result instanceof CurationResult.Refused refused) {
            refused.problems().forEach(p -> problems.add(document.format(p)));
        } else if (result instanceof CurationResult.Written written) {
            lines.add(document.file() + ": written (" + written.nodes().size() + " nodes, " + written.relationships()
                    + " relationships), " + written.change().id());
        } else {
            lines.add(document.file() + ": already in the graph (" + result.nodes().size() + " nodes), skipped");
        }
    }
}
