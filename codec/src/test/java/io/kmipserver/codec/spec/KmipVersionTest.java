package io.kmipserver.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KmipVersionTest {

    @Test
    void protocolVersionMajorAndMinorMapToTheSevenVersions() {
        assertThat(KmipVersion.of(1, 0)).isEqualTo(KmipVersion.V1_0);
        assertThat(KmipVersion.of(1, 4)).isEqualTo(KmipVersion.V1_4);
        assertThat(KmipVersion.of(2, 0)).isEqualTo(KmipVersion.V2_0);
        assertThat(KmipVersion.of(2, 1)).isEqualTo(KmipVersion.V2_1);
        for (KmipVersion v : KmipVersion.values()) {
            assertThat(KmipVersion.of(v.major(), v.minor())).isSameAs(v);
        }
    }

    @Test
    void unsupportedVersionsGiveNull() {
        assertThat(KmipVersion.of(1, 5)).isNull();
        assertThat(KmipVersion.of(2, 2)).isNull();
        assertThat(KmipVersion.of(3, 0)).isNull();
        assertThat(KmipVersion.of(0, 0)).isNull();
        assertThat(KmipVersion.of(-1, 4)).isNull();
        assertThat(KmipVersion.fromLabel("1.5")).isNull();
        assertThat(KmipVersion.fromLabel(null)).isNull();
    }

    @Test
    void labelIsTheSpecSpelling() {
        assertThat(KmipVersion.V1_4.label()).isEqualTo("1.4");
        assertThat(KmipVersion.V2_1.label()).isEqualTo("2.1");
        assertThat(KmipVersion.fromLabel("1.2")).isEqualTo(KmipVersion.V1_2);
    }

    @Test
    void versionsCompareInReleaseOrder() {
        assertThat(KmipVersion.V2_0.isAtLeast(KmipVersion.V1_4)).isTrue();
        assertThat(KmipVersion.V1_4.isAtLeast(KmipVersion.V1_4)).isTrue();
        assertThat(KmipVersion.V1_3.isAtLeast(KmipVersion.V1_4)).isFalse();
        assertThat(KmipVersion.latest()).isEqualTo(KmipVersion.V2_1);
    }

    @Test
    void onlyTwoPointVersionsAre2x() {
        assertThat(KmipVersion.V1_4.is2x()).isFalse();
        assertThat(KmipVersion.V1_0.is2x()).isFalse();
        assertThat(KmipVersion.V2_0.is2x()).isTrue();
        assertThat(KmipVersion.V2_1.is2x()).isTrue();
    }
}
