package io.kmipserver.server.store;

import java.util.Objects;

/** A trust anchor to add to an adapter; see {@link AdapterTrust}. */
public record NewAdapterTrust(String caFingerprint, String caSubject, String caPem, String subjectPattern) {

    public NewAdapterTrust {
        Fingerprint.check(caFingerprint);
        Objects.requireNonNull(caSubject, "caSubject");
        Objects.requireNonNull(caPem, "caPem");
    }
}
