package io.kmipserver.codec.message;

import io.kmipserver.codec.attribute.TtlvItems;
import io.kmipserver.codec.payload.QueryRequest;
import io.kmipserver.codec.payload.QueryResponse;
import io.kmipserver.codec.spec.AttestationType;
import io.kmipserver.codec.spec.ClientRegistrationMethod;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.spec.QueryFunction;
import io.kmipserver.codec.spec.Tag;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.List;

/**
 * Query: KMIP 1.4 §4.25 Tables 222-223, 2.1 §6.1.40 Tables 282-283. Server Information and the
 * capability structures are vendor- or profile-shaped and kept as item trees.
 */
final class QueryCodec extends PayloadCodec<QueryRequest, QueryResponse> {

    QueryCodec() {
        super(Operation.QUERY, QueryRequest.class, QueryResponse.class);
    }

    @Override
    QueryRequest readRequest(FieldReader r) {
        List<QueryFunction> functions = r.enumerations(Tag.QUERY_FUNCTION, QueryFunction::fromValue);
        if (functions.isEmpty()) {
            throw r.missing(Tag.QUERY_FUNCTION);
        }
        return new QueryRequest(functions, r.optItem(Tag.OBJECT_GROUPS));
    }

    @Override
    void writeRequest(QueryRequest p, FieldWriter w) {
        w.enumerations(Tag.QUERY_FUNCTION, p.queryFunctions());
        w.item(Tag.OBJECT_GROUPS, p.objectGroups());
    }

    @Override
    QueryResponse readResponse(FieldReader r) {
        return new QueryResponse(
                r.enumerations(Tag.OPERATION, Operation::fromValue),
                r.enumerations(Tag.OBJECT_TYPE, ObjectType::fromValue),
                r.optText(Tag.VENDOR_IDENTIFICATION),
                r.is2x() ? r.optItem(Tag.SERVER_INFORMATION) : vendorItem(r, Tag.SERVER_INFORMATION),
                r.texts(Tag.APPLICATION_NAMESPACE),
                r.items(Tag.EXTENSION_INFORMATION),
                r.enumerations(Tag.ATTESTATION_TYPE, AttestationType::fromValue),
                r.items(Tag.RNG_PARAMETERS),
                r.items(Tag.PROFILE_INFORMATION),
                r.items(Tag.VALIDATION_INFORMATION),
                r.items(Tag.CAPABILITY_INFORMATION),
                r.enumerations(Tag.CLIENT_REGISTRATION_METHOD, ClientRegistrationMethod::fromValue),
                r.optItem(Tag.DEFAULTS_INFORMATION),
                r.optItem(Tag.PROTECTION_STORAGE_MASKS));
    }

    /** 1.x Server Information holds vendor-specific fields (KMIP 1.4 Table 223): not checked. */
    private static TtlvItem vendorItem(FieldReader r, int tag) {
        return r.at(tag) ? r.vendorItem(tag) : null;
    }

    @Override
    void writeResponse(QueryResponse p, FieldWriter w) {
        w.enumerations(Tag.OPERATION, p.operations());
        w.enumerations(Tag.OBJECT_TYPE, p.objectTypes());
        w.text(Tag.VENDOR_IDENTIFICATION, p.vendorIdentification());
        if (p.serverInformation() != null) {
            w.raw(TtlvItems.withTag(p.serverInformation(), Tag.SERVER_INFORMATION));
        }
        w.texts(Tag.APPLICATION_NAMESPACE, p.applicationNamespaces());
        w.items(p.extensionInformation());
        w.enumerations(Tag.ATTESTATION_TYPE, p.attestationTypes());
        w.items(p.rngParameters());
        w.items(p.profileInformation());
        w.items(p.validationInformation());
        w.items(p.capabilityInformation());
        w.enumerations(Tag.CLIENT_REGISTRATION_METHOD, p.clientRegistrationMethods());
        w.item(Tag.DEFAULTS_INFORMATION, p.defaultsInformation());
        if (w.is2x()) {
            // Required in 2.x (Table 283); "a server MAY elect to provide an empty list".
            w.raw(p.protectionStorageMasks() != null ? TtlvItems.withTag(p.protectionStorageMasks(), Tag.PROTECTION_STORAGE_MASKS)
                    : new TtlvItem.Structure(Tag.PROTECTION_STORAGE_MASKS, List.of()));
        }
    }
}
