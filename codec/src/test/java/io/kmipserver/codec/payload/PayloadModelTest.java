package io.kmipserver.codec.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kmipserver.codec.attribute.AttributeKey;
import io.kmipserver.codec.attribute.Attributes;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.spec.UniqueIdentifierEnum;
import io.kmipserver.codec.ttlv.TtlvItem;
import org.junit.jupiter.api.Test;

class PayloadModelTest {

    @Test
    void anAbsentUniqueIdentifierAndTheIdPlaceholderEnumerationBothMeanThePlaceholder() {
        assertThat(new ActivateRequest(null).uniqueIdentifier()).isSameAs(UniqueIdentifierRef.OMITTED);
        assertThat(UniqueIdentifierRef.OMITTED.usesIdPlaceholder()).isTrue();
        assertThat(UniqueIdentifierRef.ID_PLACEHOLDER.usesIdPlaceholder()).isTrue();
        assertThat(new UniqueIdentifierRef.Enumerated(UniqueIdentifierEnum.CREATE).usesIdPlaceholder()).isFalse();
        assertThat(UniqueIdentifierRef.of("u").usesIdPlaceholder()).isFalse();
        assertThat(UniqueIdentifierRef.of("u").text()).isEqualTo("u");
        assertThat(new UniqueIdentifierRef.Index(-1).text()).isNull();
    }

    @Test
    void everyPayloadNamesItsOperation() {
        assertThat(GetRequest.of("u").operation()).isEqualTo(Operation.GET);
        assertThat(new LocateRequest(null, null, null, null, null).attributes()).isSameAs(Attributes.EMPTY);
        assertThat(new RawPayload(0x99, new TtlvItem.Structure(Tag.REQUEST_PAYLOAD)).operation()).isNull();
        assertThat(new RawPayload(Operation.ARCHIVE.value(), new TtlvItem.Structure(Tag.REQUEST_PAYLOAD)).operation())
                .isEqualTo(Operation.ARCHIVE);
    }

    @Test
    void aDeleteAttributeRequestNamesItsAttributeOneWayOrTheOther() {
        assertThatThrownBy(() -> new DeleteAttributeRequest(null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeleteAttributeRequest(null, AttributeKey.of(Tag.NAME), 2, null).key())
                .isEqualTo(AttributeKey.of(Tag.NAME));
    }
}
