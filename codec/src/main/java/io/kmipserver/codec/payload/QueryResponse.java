package io.kmipserver.codec.payload;

import io.kmipserver.codec.spec.AttestationType;
import io.kmipserver.codec.spec.ClientRegistrationMethod;
import io.kmipserver.codec.spec.ObjectType;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.codec.ttlv.TtlvItem;
import java.util.List;

/**
 * Query response. Fields a version does not define are left out when encoding for it; the vendor-shaped structures are kept as item trees.
 *
 * <p>KMIP 1.4 §4.25 Table 223, 2.1 §6.1.40 Table 283.
 *
 * @param operations supported operations
 * @param objectTypes supported object types
 * @param vendorIdentification Vendor Identification, or {@code null}
 * @param serverInformation Server Information, or {@code null}
 * @param applicationNamespaces Application Namespaces
 * @param extensionInformation Extension Information structures
 * @param attestationTypes Attestation Types
 * @param rngParameters RNG Parameters structures
 * @param profileInformation Profile Information structures
 * @param validationInformation Validation Information structures
 * @param capabilityInformation Capability Information structures
 * @param clientRegistrationMethods Client Registration Methods
 * @param defaultsInformation 2.1 Defaults Information, or {@code null}
 * @param protectionStorageMasks 2.x Protection Storage Masks; required in 2.x, so the encoder writes an empty structure when {@code null}
 */
public record QueryResponse(
        List<Operation> operations,
        List<ObjectType> objectTypes,
        String vendorIdentification,
        TtlvItem serverInformation,
        List<String> applicationNamespaces,
        List<TtlvItem> extensionInformation,
        List<AttestationType> attestationTypes,
        List<TtlvItem> rngParameters,
        List<TtlvItem> profileInformation,
        List<TtlvItem> validationInformation,
        List<TtlvItem> capabilityInformation,
        List<ClientRegistrationMethod> clientRegistrationMethods,
        TtlvItem defaultsInformation,
        TtlvItem protectionStorageMasks) implements ResponsePayload {

    public QueryResponse {
        operations = operations == null ? List.of() : List.copyOf(operations);
        objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
        applicationNamespaces = applicationNamespaces == null ? List.of() : List.copyOf(applicationNamespaces);
        extensionInformation = extensionInformation == null ? List.of() : List.copyOf(extensionInformation);
        attestationTypes = attestationTypes == null ? List.of() : List.copyOf(attestationTypes);
        rngParameters = rngParameters == null ? List.of() : List.copyOf(rngParameters);
        profileInformation = profileInformation == null ? List.of() : List.copyOf(profileInformation);
        validationInformation = validationInformation == null ? List.of() : List.copyOf(validationInformation);
        capabilityInformation = capabilityInformation == null ? List.of() : List.copyOf(capabilityInformation);
        clientRegistrationMethods = clientRegistrationMethods == null ? List.of() : List.copyOf(clientRegistrationMethods);
    }

    @Override
    public Operation operation() {
        return Operation.QUERY;
    }
}
