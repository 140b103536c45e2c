package dev.zonegraph.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * An identity provider for tests, with no network: an RSA key pair made per run, its public key as the PEM file the
 * service is pointed at ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), and RS256 tokens.
 */
final class TestTokens {

    private final KeyPair keys = generate();
    private final Path publicKeyFile;

    TestTokens() {
        try {
            publicKeyFile = Files.createTempFile("zonegraph-test-jwt", ".pem");
            publicKeyFile.toFile().deleteOnExit();
            Files.writeString(publicKeyFile, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The location to configure as the JWT public key. */
    String publicKeyLocation() {
        return "file:" + publicKeyFile;
    }

    /** A token signed by this provider, valid for an hour from {@code issuedAt}, with these claims. */
    String token(Instant issuedAt, Map<String, Object> claims) {
        return sign(keys, issuedAt, claims);
    }

    /** A token as above, but signed by a key the service does not know. */
    String foreignToken(Map<String, Object> claims) {
        return sign(generate(), Instant.now(), claims);
    }

    private static String sign(KeyPair keys, Instant issuedAt, Map<String, Object> claims) {
        var set = new JWTClaimsSet.Builder().issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plusSeconds(3600)));
        claims.forEach(set::claim);
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
