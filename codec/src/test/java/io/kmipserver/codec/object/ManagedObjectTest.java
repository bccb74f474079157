package io.kmipserver.codec.object;

import static org.assertj.core.api.Assertions.assertThat;

import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.KeyFormatType;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import org.junit.jupiter.api.Test;

class ManagedObjectTest {

    private static final byte[] KEY = {9, 8, 7, 6, 5, 4, 3, 2};

    @Test
    void keyBytesComeFromByteStringAndTransparentSymmetricMaterialOnly() {
        assertThat(KeyBlock.raw(KEY, CryptographicAlgorithm.AES, 64).keyBytes()).isSameAs(KEY);
        KeyBlock transparent = new KeyBlock(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, null,
                new KeyValue.Plain(new KeyMaterial.TransparentSymmetricKey(KEY)), CryptographicAlgorithm.AES, 64, null);
        assertThat(transparent.keyBytes()).isSameAs(KEY);
        KeyBlock wrapped = new KeyBlock(KeyFormatType.RAW, null, new KeyValue.Wrapped(KEY), CryptographicAlgorithm.AES, 64,
                new TtlvItem.Structure(Tag.KEY_WRAPPING_DATA));
        assertThat(wrapped.keyBytes()).isNull();
        assertThat(wrapped.isWrapped()).isTrue();
        assertThat(transparent.isWrapped()).isFalse();
    }

    @Test
    void objectsCompareTheirBytesByContentAndKnowTheirType() {
        assertThat(new SymmetricKey(KeyBlock.raw(KEY, CryptographicAlgorithm.AES, 64)))
                .isEqualTo(new SymmetricKey(KeyBlock.raw(KEY.clone(), CryptographicAlgorithm.AES, 64)));
        assertThat(new OpaqueObject(1, KEY)).isEqualTo(new OpaqueObject(1, KEY.clone())).isNotEqualTo(new OpaqueObject(2, KEY));
        assertThat(new SymmetricKey(KeyBlock.raw(KEY, CryptographicAlgorithm.AES, 64)).objectType())
                .isEqualTo(ObjectType.SYMMETRIC_KEY);
        assertThat(new RawObject(ObjectType.PGP_KEY, new TtlvItem.Structure(Tag.PGP_KEY)).objectType())
                .isEqualTo(ObjectType.PGP_KEY);
    }
}
