package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.payload.DecryptRequest;
import io.kmipserver.codec.payload.DecryptResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.ObjectStore;

/**
 * Decrypt (KMIP 1.2+; 1.4 §4.30 Tables 228-229, errors Table 354; 2.1 §6.1.11), single-part AES-GCM
 * with an Active key whose usage mask allows Decrypt. IV and Authenticated Encryption Tag are
 * required; data that does not authenticate is Cryptographic Failure.
 */
final class DecryptHandler extends AbstractHandler<DecryptRequest> {

    private final ObjectStore store;
    private final KeyProtector protector;

    DecryptHandler(ObjectStore store, KeyProtector protector) {
        super(Operation.DECRYPT, DecryptRequest.class);
        this.store = store;
        this.protector = protector;
    }

    @Override
    public ResponsePayload handle(DecryptRequest request, OperationContext ctx) {
        byte[] data = UsableKeys.requireData(request.data());
        ctx.request("dataLength", Integer.toString(data.length));
        try (UsableKeys.Key key = UsableKeys.open(store, protector, ctx, request.uniqueIdentifier(),
                CryptographicUsageMask.DECRYPT, request.correlationValue(), request.initIndicator(),
                request.finalIndicator())) {
            CryptographicParameters p = UsableKeys.parameters(request.cryptographicParameters(), key);
            AesGcm.check(key.object(), p);
            byte[] tag = request.authenticatedEncryptionTag();
            if (request.ivCounterNonce() == null || tag == null) {
                throw AesGcm.missingIv(ctx.version().is2x());
            }
            int tagBytes = AesGcm.checkTagLength(tag.length);
            byte[] both = new byte[data.length + tag.length];
            System.arraycopy(data, 0, both, 0, data.length);
            System.arraycopy(tag, 0, both, data.length, tag.length);
            byte[] plain = AesGcm.decrypt(key.material(), request.ivCounterNonce(), tagBytes,
                    request.authenticatedEncryptionAdditionalData(), both);
            ctx.request("mode", "AES-GCM");
            return new DecryptResponse(key.object().uniqueIdentifier(), plain, null);
        }
    }
}
