package dev.zonegraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zonegraph.graph.StartupFailure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keys are made, hashed and checked without the service; a bad key entry stops startup naming the setting. */
class ApiKeysTests {

    @Test
    void newApiKeyCommandPrintsAKeyAndTheHashThatAcceptsIt() {
        var out = new ByteArrayOutputStream();
        assertThat(NewApiKey.run(new String[] {"--new-api-key=mei"}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isTrue();
        String printed = out.toString(StandardCharsets.UTF_8);
        String key = Pattern.compile("^  (zg_\\S+)$", Pattern.MULTILINE).matcher(printed).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();
        String hash = Pattern.compile("_HASH=([0-9a-f]{64})").matcher(printed).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();
        assertThat(printed).contains("ZONEGRAPH_SECURITY_API_KEYS_N_NAME=mei");
        assertThat(key).hasSizeGreaterThan(40).doesNotContain(".");

        var keys = new ApiKeys(List.of(new SecuritySettings.ApiKey("mei", hash, Set.of(Role.CURATOR))));
        assertThat(keys.authenticate(key)).hasValueSatisfying(auth -> {
            assertThat(auth.getName()).isEqualTo("mei");
            assertThat(auth.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CURATOR");
        });
        assertThat(keys.authenticate(key + "x")).isEmpty();
        assertThat(NewApiKey.run(new String[] {"--server.port=0"}, System.out)).isFalse();
    }

    @Test
    void badKeyEntryStopsStartupNamingTheSetting() {
        assertThatThrownBy(() -> new ApiKeys(List.of(new SecuritySettings.ApiKey("mei", "not-a-hash", Set.of(Role.READER)))))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("zonegraph.security.api-keys[0]");
        assertThatThrownBy(() -> new ApiKeys(List.of(new SecuritySettings.ApiKey("mei", ApiKeys.hash("k"), Set.of()))))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("has no roles");
    }
}
