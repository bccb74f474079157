package io.kmipserver.server.operation;

import io.kmipserver.codec.attribute.CryptographicParameters;
import io.kmipserver.codec.payload.MacRequest;
import io.kmipserver.codec.payload.MacResponse;
import io.kmipserver.codec.payload.ResponsePayload;
import io.kmipserver.codec.spec.CryptographicAlgorithm;
import io.kmipserver.codec.spec.CryptographicUsageMask;
import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.protocol.CryptographicFailureException;
import io.kmipserver.server.protocol.FeatureNotSupportedException;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.OperationContext;
import io.kmipserver.server.store.ObjectStore;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * MAC (KMIP 1.2+; 1.4 §4.33 Tables 241-242, errors Table 357; 2.1 §6.1.32), single-part HMAC with an
 * Active HMAC-SHA1/224/256/384/512 key whose usage mask allows MAC Generate.
 */
final class MacHandler extends AbstractHandler<MacRequest> {

    private final ObjectStore store;
    private final KeyProtector protector;

    MacHandler(ObjectStore store, KeyProtector protector) {
        super(Operation.MAC, MacRequest.class);
        this.store = store;
        this.protector = protector;
    }

    @Override
    public ResponsePayload handle(MacRequest request, OperationContext ctx) {
        byte[] data = UsableKeys.requireData(request.data());
        ctx.request("dataLength", Integer.toString(data.length));
        try (UsableKeys.Key key = UsableKeys.open(store, protector, ctx, request.uniqueIdentifier(),
                CryptographicUsageMask.MAC_GENERATE, request.correlationValue(), request.initIndicator(),
                request.finalIndicator())) {
            Integer stored = key.object().cryptographicAlgorithm();
            CryptographicAlgorithm algorithm = stored == null ? null : CryptographicAlgorithm.fromValue(stored);
            String jce = algorithm == null ? null : jceName(algorithm);
            if (jce == null) {
                throw new FeatureNotSupportedException("MAC uses HMAC keys only");
            }
            CryptographicParameters p = UsableKeys.parameters(request.cryptographicParameters(), key);
            if (p.cryptographicAlgorithm() != null && p.cryptographicAlgorithm() != algorithm) {
                throw new InvalidFieldException("the Cryptographic Parameters name another algorithm than the key's");
            }
            ctx.request("algorithm", algorithm.specName());
            try {
                Mac mac = Mac.getInstance(jce);
                mac.init(new SecretKeySpec(key.material(), jce));
                return new MacResponse(key.object().uniqueIdentifier(), mac.doFinal(data), null);
            } catch (GeneralSecurityException e) {
                throw new CryptographicFailureException("HMAC computation failed");
            }
        }
    }

    private static String jceName(CryptographicAlgorithm a) {
        switch (a) {
            case HMAC_SHA1:
                return "HmacSHA1";
            case HMAC_SHA224:
                return "HmacSHA224";
            case HMAC_SHA256:
                return "HmacSHA256";
            case HMAC_SHA384:
                return "HmacSHA384";
            case HMAC_SHA512:
                return "HmacSHA512";
            default:
                return null;
        }
    }
}
