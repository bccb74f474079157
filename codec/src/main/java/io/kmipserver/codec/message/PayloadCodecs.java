package io.kmipserver.codec.message;

import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.codec.spec.Operation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The table of payload codecs by Operation. Immutable; safe from any thread. */
final class PayloadCodecs {

    private static final Map<Operation, PayloadCodec<?, ?>> BY_OPERATION = new EnumMap<>(Operation.class);

    static {
        register(new DiscoverVersionsCodec());
        register(new QueryCodec());
        register(new CreateCodec());
        register(new CreateKeyPairCodec());
        register(new RegisterCodec());
        register(new ReKeyCodec());
        register(new LocateCodec());
        register(new CheckCodec());
        register(new GetCodec());
        register(new GetAttributesCodec());
        register(new GetAttributeListCodec());
        register(new AddAttributeCodec());
        register(new SetAttributeCodec());
        register(new ModifyAttributeCodec());
        register(new DeleteAttributeCodec());
        register(new ActivateCodec());
        register(new RevokeCodec());
        register(new DestroyCodec());
        register(new EncryptCodec());
        register(new DecryptCodec());
        register(new SignCodec());
        register(new SignatureVerifyCodec());
        register(new MacCodec());
    }

    private PayloadCodecs() {
    }

    private static void register(PayloadCodec<?, ?> codec) {
        if (BY_OPERATION.put(codec.operation, codec) != null) {
            throw new IllegalStateException("two codecs for " + codec.operation);
        }
    }

    /**
     * The codec for {@code operation} in {@code version}, or {@code null} when the operation is not
     * typed or does not exist in that version (e.g. Set Attribute in 1.x, Encrypt in 1.0): such
     * payloads travel as {@link io.kmipserver.codec.payload.RawPayload}.
     */
    static PayloadCodec<?, ?> find(Operation operation, KmipVersion version) {
        if (operation == null || !operation.knownIn(version)) {
            return null;
        }
        return BY_OPERATION.get(operation);
    }

    /** The operations with a typed payload. */
    static Set<Operation> typedOperations() {
        return BY_OPERATION.keySet();
    }
}
