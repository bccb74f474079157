package io.kmipserver.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theSamePasswordHashesDifferentlyEachTimeButMatchesBoth() {
        PasswordHash first = PasswordHash.of("s3cret".toCharArray(), 1_000);
        PasswordHash second = PasswordHash.of("s3cret".toCharArray(), 1_000);

        assertThat(first.encoded()).isNotEqualTo(second.encoded());
        assertThat(first.matches("s3cret")).isTrue();
        assertThat(second.matches("s3cret".toCharArray())).isTrue();
        assertThat(first.matches("s3cret ")).isFalse();
    }

    @Test
    void theEncodedFormCarriesItsIterationCountAndToStringHidesTheHash() {
        PasswordHash hash = PasswordHash.of("pw".toCharArray(), 2_000);

        assertThat(hash.encoded()).startsWith("pbkdf2-sha256$2000$");
        assertThat(new PasswordHash(hash.encoded()).matches("pw")).isTrue();
        assertThat(hash.toString()).doesNotContain(hash.encoded().substring(20));
    }

    @Test
    void defaultIterationCountFollowsCurrentGuidance() {
        assertThat(PasswordHash.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void malformedEncodingsAreRejected() {
        for (String bad : new String[] {"", "plain", "md5$1$a$b", "pbkdf2-sha256$x$a$b", "pbkdf2-sha256$0$AA$AA"}) {
            assertThatThrownBy(() -> new PasswordHash(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
