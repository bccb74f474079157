package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.payload.EncryptRequest;
import io.kmipserver.codec.payload.EncryptResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.ObjectStore;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encrypt (KMIP 1.2+; 1.4 §4.29 Tables 226-227, errors Table 353; 2.1 §6.1.17), single-part AES-GCM
 * with an Active key whose usage mask allows Encrypt. Without an IV/Counter/Nonce the server draws a
 * random 96-bit one and returns it; the response carries the ciphertext and the Authenticated
 * Encryption Tag separately. Other modes and multi-part requests: Feature Not Supported.
 */
final class EncryptHandler extends AbstractHandler<EncryptRequest> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectStore store;
    private final KeyProtector protector;

    EncryptHandler(ObjectStore store, KeyProtector protector) {
        super(Operation.ENCRYPT, EncryptRequest.class);
        this.store = store;
        this.protector = protector;
    }

    @Override
    public ResponsePayload handle(EncryptRequest request, OperationContext ctx) {
        byte[] data = UsableKeys.requireData(request.data());
        ctx.request("dataLength", Integer.toString(data.length));
        try (UsableKeys.Key key = UsableKeys.open(store, protector, ctx, request.uniqueIdentifier(),
                CryptographicUsageMask.ENCRYPT, request.correlationValue(), request.initIndicator(),
                request.finalIndicator())) {
            CryptographicParameters p = UsableKeys.parameters(request.cryptographicParameters(), key);
            int tagBytes = AesGcm.check(key.object(), p);
            byte[] iv = request.ivCounterNonce();
            if (iv == null) {
                iv = new byte[AesGcm.IV_BYTES];
                RANDOM.nextBytes(iv);
            } else if (iv.length == 0) {
                throw new InvalidFieldException("IV/Counter/Nonce must not be empty");
            }
            byte[] out = AesGcm.encrypt(key.material(), iv, tagBytes, request.authenticatedEncryptionAdditionalData(), data);
            ctx.request("mode", "AES-GCM");
            return new EncryptResponse(key.object().uniqueIdentifier(), Arrays.copyOf(out, out.length - tagBytes),
                    request.ivCounterNonce() == null ? iv : null, null,
                    Arrays.copyOfRange(out, out.length - tagBytes, out.length));
        }
    }
}
