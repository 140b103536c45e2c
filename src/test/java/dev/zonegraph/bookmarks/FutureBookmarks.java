package dev.zonegraph.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Bookmarks of writes that have not happened yet, for testing what a client gets when the Neo4j member serving its
 * read lags behind: Neo4j 5's bookmark ({@code FB:} and base64 of a PackStream list holding the database's id as 16
 * bytes, then its last transaction id) with the transaction id moved a million ahead. Fails loudly if Neo4j's format
 * changes.
 */
final class FutureBookmarks {

    private static final int TRANSACTION_ID_AT = 19;

    private FutureBookmarks() {
    }

    static String ahead(String bookmark) {
        assertThat(bookmark).as("Neo4j 5 bookmark").startsWith("FB:");
        byte[] bytes = Base64.getDecoder().decode(bookmark.substring(3));
        assertThat(Arrays.copyOf(bytes, 3)).as("a list of one database id of 16 bytes")
                .containsExactly(0x91, 0xCC, 0x10);
        var in = ByteBuffer.wrap(bytes, TRANSACTION_ID_AT + 1, bytes.length - TRANSACTION_ID_AT - 1);
        int marker = bytes[TRANSACTION_ID_AT] & 0xFF;
        long transaction = switch (marker) {
            case 0xC8 -> in.get();
            case 0xC9 -> in.getShort();
            case 0xCA -> in.getInt();
            case 0xCB -> in.getLong();
            default -> {
                assertThat(marker).as("a PackStream integer").isLessThan(0x80);
                yield marker;
            }
        };
        var ahead = ByteBuffer.allocate(bytes.length + 9);
        ahead.put(bytes, 0, TRANSACTION_ID_AT).put((byte) 0xCB).putLong(transaction + 1_000_000L)
                .put(bytes, in.position(), in.remaining());
        ahead.flip();
        byte[] encoded = new byte[ahead.remaining()];
        ahead.get(encoded);
        return "FB:" + Base64.getEncoder().encodeToString(encoded);
    }
}
