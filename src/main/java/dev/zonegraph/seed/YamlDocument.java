package dev.zonegraph.seed;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A YAML file read into plain maps, lists and scalars, remembering where each value starts (SnakeYAML's node marks)
 * so that a problem found at a path of keys and indices is reported as {@code file:line:column}.
 */
public final class YamlDocument {

    private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

    private final String file;
    private final Object root;
    private final Map<List<Object>, Mark> marks;

    private YamlDocument(String file, Object root, Map<List<Object>, Mark> marks) {
        this.file = file;
        this.root = root;
        this.marks = marks;
    }

    /** Parses {@code text}; a syntax error is thrown as a {@link SeedException} located at its line and column. */
    public static YamlDocument parse(String file, String text) {
        Node node;
        try {
            var options = new LoaderOptions();
            // An import may be large (SnakeYAML stops at 3 MB by default); these are the operator's own files.
            options.setCodePointLimit(MAX_CODE_POINTS);
            node = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new SeedException(List.of(location(file, mark) + ": not valid YAML: " + e.getProblem()));
        } catch (RuntimeException e) {
            throw new SeedException(List.of(file + ":1:1: not valid YAML: " + e.getMessage()));
        }
        var marks = new HashMap<List<Object>, Mark>();
        Object root = node == null ? null : value(node, List.of(), marks);
        return new YamlDocument(file, root, marks);
    }

    public String file() {
        return file;
    }

    /** The document's top-level mapping; empty if the document is empty or not a mapping. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        return root instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Whether the top level is a mapping. */
    public boolean isMap() {
        return root instanceof Map<?, ?>;
    }

    /** {@code file:line:column} of the value at {@code path}, or of its nearest enclosing value that exists. */
    public String locate(List<Object> path) {
        for (int end = path.size(); end >= 0; end--) {
            Mark mark = marks.get(path.subList(0, end));
            if (mark != null) {
                return location(file, mark);
            }
        }
        return file + ":1:1";
    }

    /** The problem on one line: {@code file:line:column: message}. */
    public String format(Problem problem) {
        return locate(problem.path()) + ": " + problem.message();
    }

    private static String location(String file, Mark mark) {
        return mark == null ? file + ":1:1" : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private static Object value(Node node, List<Object> path, Map<List<Object>, Mark> marks) {
        marks.put(path, node.getStartMark());
        if (node instanceof MappingNode mapping) {
            var map = new LinkedHashMap<String, Object>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = String.valueOf(scalar(tuple.getKeyNode()));
                map.put(key, value(tuple.getValueNode(), append(path, key), marks));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            var list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(value(item, append(path, list.size()), marks));
            }
            return list;
        }
        return scalar(node);
    }

    /** A scalar as YAML's core schema resolves it: null, boolean, whole number, decimal number, or text. */
    private static Object scalar(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return null;
        }
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return List.of("true", "yes", "on").contains(text.toLowerCase(Locale.ROOT));
        }
        try {
            if (Tag.INT.equals(tag)) {
                var number = new BigInteger(text.replace("_", ""));
                return number.bitLength() < 32 ? (Object) number.intValue() : (Object) number.longValue();
            }
            if (Tag.FLOAT.equals(tag)) {
                return Double.valueOf(text.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return text;
        }
        return text;
    }

    private static List<Object> append(List<Object> path, Object step) {
        var longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }
}
