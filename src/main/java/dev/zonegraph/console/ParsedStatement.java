package dev.zonegraph.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.neo4j.cypher.internal.parser.v5.Cypher5Lexer;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser;
import org.neo4j.cypher.internal.preparser.javacc.CypherPreParser;
import org.neo4j.cypher.internal.preparser.javacc.PreParserCharStream;

/**
 * A console statement as Neo4j's own parser reads it (the pre-parser for {@code CYPHER ...}, {@code EXPLAIN} and
 * {@code PROFILE} options, then the Cypher 5 grammar Neo4j 5.26 parses with), so that a check sees the clauses Neo4j
 * will run, however the text is spaced, commented, quoted or prefixed: the {@code USE} clauses, the procedures
 * called and whether it reads files or URLs with {@code LOAD CSV}.
 *
 * @param uses the graphs named by {@code USE} clauses, at any depth
 * @param procedures the procedures called, by their plain name ({@code db.labels})
 * @param loadsCsv whether any part of it is a {@code LOAD CSV}
 */
record ParsedStatement(List<String> uses, List<String> procedures, boolean loadsCsv) {

    /**
     * Levels of Neo4j's grammar a statement may nest: a typical one has under 100, each parenthesis adds about 13;
     * far deeper ones overflow Neo4j's own parser.
     */
    static final int MAX_DEPTH = 1000;

    /** A statement nested too deeply to parse: refused before it reaches Neo4j, whose parser would overflow too. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super("the statement nests too deeply to be parsed; split it or flatten its expressions");
        }
    }

    /** The statement's clauses, or empty when Neo4j's grammar does not accept it. */
    static Optional<ParsedStatement> parse(String statement) {
        ParseTree tree;
        try {
            var options = new CypherPreParser(null, new PreParserCharStream(statement)).parse();
            String query = statement.substring(options.position().offset());
            var lexer = new Cypher5Lexer(CharStreams.fromString(query));
            lexer.removeErrorListeners();
            var parser = new Cypher5Parser(new CommonTokenStream(lexer));
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            tree = parser.statements();
        } catch (StackOverflowError e) {
            throw new TooDeep();
        } catch (Exception e) {
            // A syntax error: the parser bails out at the first; Neo4j then explains it to the client.
            return Optional.empty();
        }
        return Optional.of(new ParsedStatement(new ArrayList<>(), new ArrayList<>(), false).collect(tree));
    }

    private ParsedStatement collect(ParseTree root) {
        boolean csv = loadsCsv;
        var pending = new ArrayList<ParseTree>(List.of(root));
        var depths = new ArrayList<Integer>(List.of(0));
        while (!pending.isEmpty()) {
            ParseTree node = pending.remove(pending.size() - 1);
            int depth = depths.remove(depths.size() - 1);
            if (depth > MAX_DEPTH) {
                throw new TooDeep();
            }
            if (node instanceof Cypher5Parser.UseClauseContext use) {
                uses.add(use.graphReference().getText());
            } else if (node instanceof Cypher5Parser.CallClauseContext call) {
                procedures.add(call.procedureName().getText().replace("`", ""));
            } else if (node instanceof Cypher5Parser.LoadCSVClauseContext) {
                csv = true;
            }
            for (int i = 0; i < node.getChildCount(); i++) {
                pending.add(node.getChild(i));
                depths.add(depth + 1);
            }
        }
        return new ParsedStatement(List.copyOf(uses), List.copyOf(procedures), csv);
    }
}
