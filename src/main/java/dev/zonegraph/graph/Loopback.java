package dev.zonegraph.graph;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether an address a server listens on is reachable only from this machine. */
public final class Loopback {

    private Loopback() {
    }

    /**
     * True for 127.0.0.0/8, ::1 and names resolving to them ({@code localhost}); false for an empty address (all
     * interfaces), {@code 0.0.0.0}, any other interface, and a name that does not resolve.
     */
    public static boolean only(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
