package dev.zonegraph.security;

import java.io.PrintStream;

/**
 * {@code --new-api-key[=NAME]}: prints a new API key for the client and the settings that make the service accept
 * it (its SHA-256, never the key itself, goes into the configuration).
 */
public final class NewApiKey {

    public static final String COMMAND = "--new-api-key";

    private NewApiKey() {
    }

    /** Prints a new key when the arguments ask for one; false when they do not. */
    public static boolean run(String[] args, PrintStream out) {
        for (String arg : args) {
            if (arg.equals(COMMAND) || arg.startsWith(COMMAND + "=")) {
                print(arg.equals(COMMAND) ? null : arg.substring(COMMAND.length() + 1), out);
                return true;
            }
        }
        return false;
    }

    /** Prints a key named {@code name} (or "NAME" for the operator to fill in) and how to configure it. */
    static void print(String name, PrintStream out) {
        String key = ApiKeys.newKey();
        String shown = name == null || name.isBlank() ? "NAME" : name;
        out.println("API key (give it to its user; it is stored nowhere, a lost key is replaced by a new one):");
        out.println("  " + key);
        out.println("Configure its SHA-256, for example as environment variables (N: the next free index from 0;");
        out.println("roles: READER, CURATOR, OPERATOR, comma-separated):");
        out.println("  ZONEGRAPH_SECURITY_API_KEYS_N_NAME=" + shown);
        out.println("  ZONEGRAPH_SECURITY_API_KEYS_N_HASH=" + ApiKeys.hash(key));
        out.println("  ZONEGRAPH_SECURITY_API_KEYS_N_ROLES=READER");
        out.println("Send it as  X-Api-Key: " + key + "  or  Authorization: Bearer " + key);
    }
}
