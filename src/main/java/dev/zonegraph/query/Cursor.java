package dev.zonegraph.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: the position of an edge in its ordered list. */
final class Cursor {

    private static final String PREFIX = "offset:";

    private Cursor() {
    }

    static String of(long offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset after the edge {@code after} points at (0 without a cursor). */
    static long skipAfter(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long offset = Long.parseLong(text.substring(PREFIX.length()));
                if (offset >= 0 && offset < Long.MAX_VALUE) {
                    return offset + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new ApiException("'after' is not a cursor returned by this API: " + after, "after");
    }
}
