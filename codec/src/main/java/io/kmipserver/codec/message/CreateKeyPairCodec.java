package io.kmipserver.codec.message;

import io.kmipserver.codec.message.AttributeCodec.TemplateAttribute;
import io.kmipserver.codec.payload.CreateKeyPairRequest;
import io.kmipserver.codec.payload.CreateKeyPairResponse;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.Tag;
import java.util.List;

/** Create Key Pair: KMIP 1.4 §4.2 Tables 166-167, 2.1 §6.1.9 Tables 189-190. */
final class CreateKeyPairCodec extends PayloadCodec<CreateKeyPairRequest, CreateKeyPairResponse> {

    CreateKeyPairCodec() {
        super(Operation.CREATE_KEY_PAIR, CreateKeyPairRequest.class, CreateKeyPairResponse.class);
    }

    @Override
    CreateKeyPairRequest readRequest(FieldReader r) {
        TemplateAttribute common = AttributeCodec.readOptSet(r, Tag.COMMON_TEMPLATE_ATTRIBUTE, Tag.COMMON_ATTRIBUTES);
        TemplateAttribute priv = AttributeCodec.readOptSet(r, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PRIVATE_KEY_ATTRIBUTES);
        TemplateAttribute pub = AttributeCodec.readOptSet(r, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_ATTRIBUTES);
        return new CreateKeyPairRequest(common.attributes(), priv.attributes(), pub.attributes(),
                common.templateNames(), priv.templateNames(), pub.templateNames(),
                r.optItem(Tag.COMMON_PROTECTION_STORAGE_MASKS), r.optItem(Tag.PRIVATE_PROTECTION_STORAGE_MASKS),
                r.optItem(Tag.PUBLIC_PROTECTION_STORAGE_MASKS));
    }

    @Override
    void writeRequest(CreateKeyPairRequest p, FieldWriter w) {
        AttributeCodec.writeOptSet(w, Tag.COMMON_TEMPLATE_ATTRIBUTE, Tag.COMMON_ATTRIBUTES, p.commonTemplateNames(),
                p.commonAttributes());
        AttributeCodec.writeOptSet(w, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PRIVATE_KEY_ATTRIBUTES,
                p.privateKeyTemplateNames(), p.privateKeyAttributes());
        AttributeCodec.writeOptSet(w, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_ATTRIBUTES,
                p.publicKeyTemplateNames(), p.publicKeyAttributes());
        w.item(Tag.COMMON_PROTECTION_STORAGE_MASKS, p.commonProtectionStorageMasks());
        w.item(Tag.PRIVATE_PROTECTION_STORAGE_MASKS, p.privateProtectionStorageMasks());
        w.item(Tag.PUBLIC_PROTECTION_STORAGE_MASKS, p.publicProtectionStorageMasks());
    }

    @Override
    CreateKeyPairResponse readResponse(FieldReader r) {
        String priv = r.text(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER);
        String pub = r.text(Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER);
        if (r.is2x()) {
            return new CreateKeyPairResponse(priv, pub, null, null);
        }
        TemplateAttribute privAttrs = AttributeCodec.readOptSet(r, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PRIVATE_KEY_ATTRIBUTES);
        TemplateAttribute pubAttrs = AttributeCodec.readOptSet(r, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_ATTRIBUTES);
        return new CreateKeyPairResponse(priv, pub, privAttrs.attributes(), pubAttrs.attributes());
    }

    @Override
    void writeResponse(CreateKeyPairResponse p, FieldWriter w) {
        w.text(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER, p.privateKeyUniqueIdentifier());
        w.text(Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER, p.publicKeyUniqueIdentifier());
        if (!w.is2x()) {
            AttributeCodec.writeOptSet(w, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PRIVATE_KEY_ATTRIBUTES, List.of(),
                    p.privateKeyAttributes());
            AttributeCodec.writeOptSet(w, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_ATTRIBUTES, List.of(),
                    p.publicKeyAttributes());
        }
    }
}
