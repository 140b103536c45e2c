package dev.zonegraph.console;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes console rows as RFC 4180 CSV: a header line, then one line per row; lists, maps and nodes as JSON. */
final class Csv {

    private static final JsonMapper json = JsonMapper.builder().build();

    private Csv() {
    }

    static String write(List<String> columns, List<Map<String, Object>> rows) {
        var out = new StringBuilder();
        line(out, columns.stream().map(c -> (Object) c).toList());
        for (Map<String, Object> row : rows) {
            line(out, columns.stream().map(row::get).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Map || value instanceof List ? json.writeValueAsString(value) : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
