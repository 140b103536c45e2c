package dev.zonegraph.security;

import dev.zonegraph.Sha256;
import dev.zonegraph.graph.StartupFailure;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The configured API keys, kept as SHA-256 hashes: a key is looked up by hashing what the caller sent, so the
 * configuration never holds a usable key. A plain hash (no salt, no slow function) is enough because keys are 256
 * random bits, far beyond guessing; it would not be for passwords.
 */
final class ApiKeys {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom random = new SecureRandom();

    private final List<SecuritySettings.ApiKey> keys;

    /** Checks the configured keys, or fails startup naming the bad entry. */
    ApiKeys(List<SecuritySettings.ApiKey> keys) {
        for (int i = 0; i < keys.size(); i++) {
            var key = keys.get(i);
            String setting = "zonegraph.security.api-keys[" + i + "]";
            if (key.name() == null || key.name().isBlank()) {
                throw invalid(setting + " has no name", setting + ".name");
            }
            if (key.hash() == null || !HASH.matcher(key.hash()).matches()) {
                throw invalid(setting + " ('" + key.name() + "') has no SHA-256 hash of 64 lowercase hex digits",
                        "set " + setting + ".hash to the hash printed by --new-api-key");
            }
            if (key.roles() == null || key.roles().isEmpty()) {
                throw invalid(setting + " ('" + key.name() + "') has no roles",
                        "set " + setting + ".roles to READER, CURATOR and/or OPERATOR");
            }
        }
        this.keys = List.copyOf(keys);
    }

    private static StartupFailure invalid(String message, String action) {
        return new StartupFailure(message, action, null);
    }

    /** The sign-in of the key, if it is one of the configured keys. */
    Optional<Authentication> authenticate(String presented) {
        byte[] hash = HexFormat.of().parseHex(hash(presented));
        SecuritySettings.ApiKey match = null;
        for (var key : keys) {
            // Compares every key in constant time, so timing says nothing about how close a guess came.
            if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(key.hash())) && match == null) {
                match = key;
            }
        }
        if (match == null) {
            return Optional.empty();
        }
        var authorities = match.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(match.name(), null, authorities));
    }

    /** The lowercase hex SHA-256 of a key, as configured in {@code zonegraph.security.api-keys[n].hash}. */
    static String hash(String key) {
        return Sha256.hex(key);
    }

    /** A new key: {@code zg_} and 256 random bits in base64url, which has no dots, so it never looks like a JWT. */
    static String newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "zg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
