package dev.zonegraph.console;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Result;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a console result record by record, holding it to the row limit, the byte limit on the whole answer and the
 * byte limit on any one value (each measured as the JSON it becomes), and stops pulling records at the first limit
 * reached: nothing past a limit is read from Neo4j or kept in memory.
 */
final class BoundedRows {

    private static final JsonMapper json = JsonMapper.builder().build();

    private BoundedRows() {
    }

    /** The rows of {@code result}, cut at a limit (and saying which), or an error for a value above its limit. */
    static ConsoleOutcome read(Result result, ConsoleProperties limits, long startedNanos) {
        List<String> columns = result.keys();
        List<Map<String, Object>> rows = new ArrayList<>();
        long bytes = 2;
        String cutBy = null;
        while (cutBy == null && result.hasNext()) {
            var record = result.next();
            if (rows.size() == limits.maxRows()) {
                cutBy = "zonegraph.console.max-rows";
                break;
            }
            var row = new LinkedHashMap<String, Object>();
            long rowBytes = 2;
            for (String column : columns) {
                Object value = ConsoleValues.plain(record.get(column));
                long size = size(value, limits.maxValueBytes().toBytes());
                if (size > limits.maxValueBytes().toBytes()) {
                    return new ConsoleOutcome.Invalid("zonegraph.ValueTooLarge", "column '" + column + "' of row "
                            + (rows.size() + 1) + " holds a value larger than " + limits.maxValueBytes().toBytes()
                            + " bytes; return a part of it (substring, slice) or raise zonegraph.console.max-value-bytes",
                            ConsoleOutcome.newErrorId());
                }
                rowBytes += size + column.length() + 4;
                row.put(column, value);
            }
            if (bytes + rowBytes > limits.maxBytes().toBytes()) {
                cutBy = "zonegraph.console.max-bytes";
            } else {
                bytes += rowBytes;
                rows.add(row);
            }
        }
        return new ConsoleOutcome.Rows(columns, rows, cutBy, (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /** The value's size as JSON in bytes; past {@code limit} it stops counting and answers {@code limit + 1}. */
    static long size(Object value, long limit) {
        if (value instanceof String text && text.length() > limit) {
            return limit + 1;
        }
        var counter = new Counter(limit);
        try {
            json.writeValue(counter, value);
        } catch (RuntimeException e) {
            if (counter.count <= limit) {
                throw e;
            }
        }
        return counter.count;
    }

    /** Counts the bytes written to it, and refuses more once past its limit so that writing stops early. */
    private static final class Counter extends OutputStream {

        private final long limit;
        private long count;

        Counter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) {
            write(null, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            if (count > limit) {
                throw new IllegalStateException("over the limit");
            }
        }
    }
}
