package dev.zonegraph.curation;

/** The name recorded as who made a change. */
final class Principals {

    private Principals() {
    }

    /** The current principal's name; {@code anonymous} until sign-in exists. */
    static String current() {
        return "anonymous";
    }
}
