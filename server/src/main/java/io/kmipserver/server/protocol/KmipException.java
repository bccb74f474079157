package io.kmipserver.server.protocol;

import io.kmipserver.codec.spec.ResultReason;
import java.util.Objects;

/**
 * A batch item failed for a reason the client caused or may be told about: the KMIP Result Reason
 * (KMIP 1.4 §6.10 / §11, 2.1 §11.46) and a message safe to send as Result Message and to write to
 * the audit journal. Never put key material, passwords or internal detail (SQL, stack frames) in the
 * message.
 *
 * <p>Handlers throw the {@code <ResultReason>Exception} subclasses; {@link FailureMapper} turns them
 * into the failed response batch item and the audit outcome in one place. Foreign exceptions (store,
 * key protector, journal) are translated there too, never caught and rethrown by handlers.
 *
 * <p>Created without a stack trace: these are expected, client-caused outcomes, not bugs.
 */
public class KmipException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ResultReason resultReason;

    public KmipException(ResultReason resultReason, String clientMessage) {
        super(clientMessage, null, false, false);
        this.resultReason = Objects.requireNonNull(resultReason, "resultReason");
    }

    /** The Result Reason the failed batch item carries. */
    public ResultReason resultReason() {
        return resultReason;
    }
}
